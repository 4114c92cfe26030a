// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSnapshots, readSnapshots } from '../../../domain/history/history-store.ts';
import { normaliseExclusions } from '../../../domain/scope/exclusions.ts';
import { HistoryCard } from './history-card.tsx';

const TENANT = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

type CardProps = Parameters<typeof HistoryCard>[0];

function renderCard(sections?: CardProps['sections'], lens: Pick<CardProps, 'lensRows' | 'counted'> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ThemeProvider theme={createTheme({ colorSchemes: { light: true, dark: true } })}>
        <HistoryCard
          tenantId={TENANT}
          sections={sections}
          exclusions={normaliseExclusions({ guests: 'Guests are governed elsewhere' })}
          {...lens}
        />
      </ThemeProvider>
    </QueryClientProvider>,
  );
}

afterEach(async () => {
  cleanup();
  await clearSnapshots(TENANT);
});

describe('HistoryCard', () => {
  it('says how history fills when there is none, and takes no snapshot before the figures are complete', async () => {
    renderCard(undefined);
    expect(await screen.findByText('No history yet')).toBeTruthy();
    expect(
      screen.getByText(/One snapshot a day when the Overview is opened; import a team member/),
    ).toBeTruthy();
    expect(await readSnapshots(TENANT)).toEqual([]);
  });

  it("stores today's snapshot with its exclusions once the figures are there, and says so", async () => {
    renderCard({ features: { total: 10, mfaCapable: 4 } });
    expect(await screen.findByText(/Today's snapshot was taken at/)).toBeTruthy();
    expect(screen.getByText('One day of history so far')).toBeTruthy();
    // The snapshot's exclusions are shown with the history.
    expect(screen.getByText(/Guests are governed elsewhere/)).toBeTruthy();
    const [stored] = await readSnapshots(TENANT);
    expect(stored?.sections).toEqual({ features: { total: 10, mfaCapable: 4 } });
    expect(stored?.exclusions.guests?.reason).toBe('Guests are governed elsewhere');
  });

  it('adds the lenses’ sections, counted from the rows left after the exclusions', async () => {
    const rows = [
      { id: 'a', userPrincipalName: 'a@x.test', userType: 'member', methodsRegistered: ['mobilePhone'] },
      { id: 'b', userPrincipalName: 'b@x.test', userType: 'member', methodsRegistered: ['fido2SecurityKey'] },
      { id: 'g', userPrincipalName: 'g@x.test', userType: 'guest', methodsRegistered: [] },
    ];
    renderCard({ features: { total: 3, mfaCapable: 2 } }, { lensRows: rows, counted: rows.slice(0, 2) });
    // No admin in the rows: no role is read, and the privileged section counts none (PIM unreadable here).
    await expect
      .poll(async () => (await readSnapshots(TENANT))[0]?.sections.privileged?.total, { timeout: 5000 })
      .toBe(0);
    const [stored] = await readSnapshots(TENANT);
    expect(stored?.sections.retirement).toEqual({
      total: 2,
      mustRegisterPasskey: 1,
      losesPhoneKeepsMfa: 0,
      passkeyReady: 1,
      noPhoneToLose: 0,
    });
    expect(stored?.sections.features).toEqual({ total: 3, mfaCapable: 2 });
  });
});
