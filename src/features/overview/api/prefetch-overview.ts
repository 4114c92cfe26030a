import type { QueryClient } from '@tanstack/react-query';
import { scopeFromSearchParams } from '../lib/summary-scope.ts';
import { usersRegisteredByFeatureQuery, usersRegisteredByMethodQuery } from './registration-summaries.ts';

/**
 * Starts the Overview's summary reports as soon as the route matches, while its chunk (charts
 * included) still downloads: the first chart waits for the slower of the two, not for both in a row.
 * The page's own queries then find these in flight or fresh.
 */
export function prefetchOverview(queryClient: QueryClient, searchParams: URLSearchParams): void {
  const scope = scopeFromSearchParams(searchParams);
  void queryClient.prefetchQuery(usersRegisteredByMethodQuery(scope));
  void queryClient.prefetchQuery(usersRegisteredByFeatureQuery(scope));
}
