// @vitest-environment jsdom
import type { UserRegistrationFeatureSummary } from '@microsoft/microsoft-graph-types-beta';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { summarizeStrength } from '../lib/strength-summary.ts';
import { ALL_USERS } from '../lib/summary-scope.ts';
import { FeatureTiles } from './feature-tiles.tsx';
import { RateLimitNotice } from '../../../components/rate-limit-notice.tsx';
import { StrengthCard } from './strength-card.tsx';

function wrap(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
}

function Tiles({ fetcher }: { fetcher: () => Promise<object> }) {
  const query = useQuery({
    queryKey: ['tiles'],
    queryFn: fetcher as () => Promise<UserRegistrationFeatureSummary>,
  });
  return <FeatureTiles query={query} scope={ALL_USERS} />;
}

afterEach(cleanup);

describe('Overview states', () => {
  it('shows six skeleton tiles while the figures load', () => {
    wrap(<Tiles fetcher={() => new Promise(() => undefined)} />);
    expect(screen.getByLabelText('Loading adoption figures')).toHaveAttribute('aria-busy', 'true');
  });

  it('says an empty tenant is empty instead of showing zero shares', async () => {
    wrap(<Tiles fetcher={() => Promise.resolve({ totalUserCount: 0, userRegistrationFeatureCounts: [] })} />);
    expect(await screen.findByText('No users in this report yet')).toBeInTheDocument();
  });

  it('names the P1/P2 licence when the tenant has none', async () => {
    const licence = new GraphError({
      status: 403,
      code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      message: 'no SKU',
    });
    wrap(<Tiles fetcher={() => Promise.reject(licence)} />);
    expect(await screen.findByText('This report needs Microsoft Entra ID P1 or P2')).toBeInTheDocument();
  });

  it('names the roles, the permission and who grants them when access is missing', async () => {
    const denied = new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'x' });
    wrap(<Tiles fetcher={() => Promise.reject(denied)} />);
    expect(
      await screen.findByText(/Reports Reader.*AuditLog\.Read\.All.*Privileged Role Administrator/),
    ).toBeInTheDocument();
  });

  it('shows all five features with links that keep the scope', async () => {
    wrap(<ScopedTiles />);
    for (const f of ['mfaCapable', 'ssprRegistered', 'ssprEnabled', 'ssprCapable', 'passwordlessCapable'])
      expect(await screen.findByTestId(`kpi-${f}-value`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Show users\s*\(SSPR enabled\)$/ })).toHaveAttribute(
      'href',
      '/registration?userType=guest&admin=false&ssprEnabled=true',
    );
  });

  it('names the tiles as a group, so their third-level headings skip no level after the page title', async () => {
    wrap(<ScopedTiles />);
    await screen.findByTestId('kpi-mfaCapable-value');
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(2);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Adoption figures');
    expect(levels.slice(1).every((level) => level === 3)).toBe(true);
  });

  it('says it is waiting for the rate limit, as a status rather than an alert', () => {
    wrap(<RateLimitNotice waiting />);
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for Graph’s rate limit');
    expect(screen.getByRole('status')).toHaveTextContent('will appear by themselves');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says how long the wait should last when the pacer knows', () => {
    wrap(<RateLimitNotice waiting clearsAt={Date.now() + 7_400} />);
    expect(screen.getByTestId('rate-limit-seconds')).toHaveTextContent('about 8 s');
  });

  it('keeps the rate-limit line, blank, when nothing waits: its coming and going moves nothing', () => {
    wrap(<RateLimitNotice waiting={false} />);
    expect(screen.getByRole('status').textContent).toBe('\u00a0');
    expect(screen.queryByTestId('rate-limit-notice')).toBeNull();
  });

  it('shows scan progress, then the groups and any unrecognised method', () => {
    const base = { error: undefined, onRetry: () => undefined };
    const { rerender } = wrap(
      <StrengthCard state={{ ...base, summary: undefined, rowsRead: 999, scanning: true }} />,
    );
    expect(screen.getByTestId('strength-progress')).toHaveTextContent(/999 users so far/);
    const summary = summarizeStrength([
      { id: 'a', isAdmin: true, methodsRegistered: ['passKeySynced'] },
      { id: 'b', isAdmin: false, methodsRegistered: ['mobilePhone', 'quantumToken'] },
      { id: 'c', isAdmin: false, methodsRegistered: null },
    ]);
    rerender(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          {/* The chart reads the active colour scheme's palette, as in the app's theme. */}
          <ThemeProvider theme={createTheme({ colorSchemes: { light: true, dark: true } })}>
            <StrengthCard state={{ ...base, summary, rowsRead: 3, scanning: false }} />
          </ThemeProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByTestId('strength-admins-phishingResistant')).toHaveAttribute(
      'href',
      '/registration?admin=true&strength=phishingResistant',
    );
    expect(screen.getByTestId('strength-overall-none')).toHaveTextContent('1');
    expect(screen.getByTestId('strength-unrecognised')).toHaveTextContent('“quantumToken” (1 users)');
    expect(screen.getByRole('table', { name: 'Users by strongest registered method' })).toBeInTheDocument();
  });
});

function ScopedTiles() {
  const query = useQuery({
    queryKey: ['scoped'],
    queryFn: (): Promise<UserRegistrationFeatureSummary> =>
      Promise.resolve({
        totalUserCount: 10,
        userRegistrationFeatureCounts: [{ feature: 'ssprEnabled', userCount: 4 }],
      }),
  });
  return <FeatureTiles query={query} scope={{ userTypes: 'guest', userRoles: 'user' }} />;
}
