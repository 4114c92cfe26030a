import { QueryClient, QueryClientProvider, type InvalidateQueryFilters } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { GraphError } from '../../../lib/graph/graph-error.ts';

/** Renders with a fresh QueryClient whose invalidations the test can watch. */
export function renderWithClient(ui: ReactElement) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const invalidated: unknown[] = [];
  const original = client.invalidateQueries.bind(client);
  client.invalidateQueries = ((filters?: InvalidateQueryFilters) => {
    invalidated.push(filters?.queryKey);
    return original(filters);
  }) as QueryClient['invalidateQueries'];
  const view = render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  return { ...view, client, invalidated };
}

export const TARGET = { id: 'u1', displayName: 'Alice Example', upn: 'alice@contoso.com' };

export const graphError = (status: number, code: string, requestId = 'req-123') =>
  new GraphError({ status, code, message: `Graph says ${code}`, requestId });

/** Everything secret must stay out of TanStack's caches: search their serialised state. */
export function cachesContain(client: QueryClient, text: string): boolean {
  const queries = client
    .getQueryCache()
    .getAll()
    .map((q) => q.state);
  const mutations = client
    .getMutationCache()
    .getAll()
    .map((m) => ({ state: m.state, variables: m.state.variables }));
  return JSON.stringify({ queries, mutations }).includes(text);
}
