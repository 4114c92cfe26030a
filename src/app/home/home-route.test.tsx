// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphKeys } from '../../lib/graph/query-keys.ts';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import type { SignedInRole } from '../../domain/session/signed-in-user-api.ts';
import { rememberLastPage } from './home-memory.ts';
import { HomeRoute } from './home-route.tsx';
import { ReportsGate } from './reports-gate.tsx';

afterEach(cleanup);
beforeEach(() => {
  // The one key the app keeps there (home-memory.ts), cleared between cases.
  // eslint-disable-next-line no-restricted-globals
  localStorage.clear();
  sessionStorage.clear();
});

const role = (templateId: string, name: string): SignedInRole => ({ templateId, name });

function open(roles: SignedInRole[] | undefined, at = '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  if (roles) client.setQueryData(graphKeys.myDirectoryRoles(), roles);
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route
            path="/"
            element={
              <HomeRoute
                overview={
                  <ReportsGate title="Overview">
                    <p>the overview</p>
                  </ReportsGate>
                }
              />
            }
          />
          <Route path="/helpdesk" element={<Link to="/">the helpdesk home</Link>} />
          <Route path="/usage" element={<p>the usage page</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('HomeRoute', () => {
  it('opens the helpdesk home for an operator who cannot read the reports', async () => {
    open([role(ROLE_TEMPLATE.authenticationAdministrator, 'Authentication Administrator')]);
    expect(await screen.findByText('the helpdesk home')).toBeInTheDocument();
  });

  it('shows one explanation, naming their roles and the ones that would do, when they open the Overview', async () => {
    open([role(ROLE_TEMPLATE.authenticationAdministrator, 'Authentication Administrator')]);
    (await screen.findByText('the helpdesk home')).click();
    const explanation = await screen.findByTestId('reports-need-role');
    expect(explanation).toHaveTextContent('Your roles (Authentication Administrator) do not include one');
    expect(explanation).toHaveTextContent('Reports Reader, Security Reader');
    expect(screen.queryByText('the overview')).toBeNull();
  });

  it('opens the Overview for a reader of the reports, whatever page they were on last', async () => {
    rememberLastPage('/usage');
    open([role(ROLE_TEMPLATE.reportsReader, 'Reports Reader')]);
    expect(await screen.findByText('the overview')).toBeInTheDocument();
  });

  it('opens where they were last for an operator who reads the reports and acts on users', async () => {
    rememberLastPage('/usage');
    open([role(ROLE_TEMPLATE.globalAdministrator, 'Global Administrator')]);
    expect(await screen.findByText('the usage page')).toBeInTheDocument();
  });

  it('never remembers a user page or a query string as a place to come back to', async () => {
    rememberLastPage('/users/0c9f');
    rememberLastPage('/usage?period=D30');
    open([role(ROLE_TEMPLATE.globalAdministrator, 'Global Administrator')]);
    expect(await screen.findByText('the overview')).toBeInTheDocument();
  });

  it('shows the Overview at once while the roles are read, where no redirect is likely', () => {
    open(undefined);
    expect(screen.getByText('the overview')).toBeInTheDocument();
  });

  it('waits for the roles where a redirect is likely (a helpdesk home last time)', () => {
    sessionStorage.setItem('home-kind', 'helpdesk');
    open(undefined);
    expect(screen.queryByText('the overview')).toBeNull();
    expect(screen.getByRole('progressbar', { name: 'Loading page' })).toBeInTheDocument();
  });

  it('opens the Overview, as always, when the roles could not be read', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryDefaults(graphKeys.myDirectoryRoles(), {
      queryFn: () => Promise.reject(new Error('offline')),
    });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <Routes>
            <Route path="/" element={<HomeRoute overview={<p>the overview</p>} />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('the overview')).toBeInTheDocument();
  });
});
