import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys, type RegistrationDetailsPage } from '../../../lib/graph/query-keys.ts';

export interface RegistrationDetailsResponse {
  value: UserRegistrationDetails[];
  '@odata.nextLink'?: string;
}

const PATH = '/reports/authenticationMethods/userRegistrationDetails';

/** The first page's URL: every option encoded as Graph expects (`%20`, not `+`, for spaces). */
export function registrationDetailsPath(page: Omit<RegistrationDetailsPage, 'pageLink'>): string {
  const options: [string, string | undefined][] = [
    ['$filter', page.filter],
    ['$orderby', page.orderBy],
    ['$top', String(page.top)],
  ];
  const query = options
    .filter((o): o is [string, string] => o[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `${PATH}?${query}`;
}

/**
 * One page of the registration report. Beta, because only beta has defaultMfaMethod. Later pages are
 * Graph's own nextLinks, requested verbatim (graph-contract.md §6).
 */
export function listUserRegistrationDetails(
  page: RegistrationDetailsPage,
  options: { signal?: AbortSignal; onPacerWait?: (waiting: boolean) => void } = {},
): Promise<RegistrationDetailsResponse> {
  return graphGet<RegistrationDetailsResponse>(page.pageLink ?? registrationDetailsPath(page), {
    scopes: SCOPES.registrationReports,
    version: 'beta',
    ...options,
  });
}

export const userRegistrationDetailsQuery = (page: RegistrationDetailsPage) =>
  queryOptions({
    queryKey: graphKeys.registrationDetails(page),
    queryFn: ({ signal }) => listUserRegistrationDetails(page, { signal }),
    // Report rows refresh every few hours on Entra's side; each request spends the 5-per-10-s budget.
    staleTime: 5 * 60_000,
    // Keep the last page on screen while the next one loads, so the grid does not flash empty.
    placeholderData: keepPreviousData,
  });
