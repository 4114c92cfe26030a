import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys, type RegistrationDetailsPage } from '../../../lib/graph/query-keys.ts';
import {
  browserFilter,
  filterLogicRefused,
  isFilterLogicRefusal,
  needsFilterLogic,
  serverFilters,
  uniqueRows,
} from '../../../domain/reports/registration-filter-fallback.ts';
import type { RegistrationFilters } from '../../../domain/reports/registration-filters.ts';

export interface RegistrationDetailsResponse {
  value: UserRegistrationDetails[];
  '@odata.nextLink'?: string;
  /** Set when the search or strength class was applied here: how many rows Graph returned for the rest. */
  filteredLocally?: { rowsRead: number };
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
 * Graph's own nextLinks, requested verbatim (docs/graph-notes.md §6).
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

// Cursors of a list filtered here: the offset of the page in the filtered rows.
const LOCAL_CURSOR = 'local:';
const ALL_ROWS = 999;

/** Every row Graph returns for the filters it takes, in Graph's order (paced like every report request). */
async function rowsForServerFilter(
  filter: string | undefined,
  orderBy: string | undefined,
  signal: AbortSignal,
) {
  const rows: UserRegistrationDetails[] = [];
  let link: string | undefined = registrationDetailsPath({ filter, orderBy, top: ALL_ROWS });
  while (link) {
    const page = await listUserRegistrationDetails(
      { filter, orderBy, top: ALL_ROWS, pageLink: link },
      { signal },
    );
    rows.push(...page.value);
    link = page['@odata.nextLink'];
  }
  return rows;
}

/** `userDisplayName` or `userPrincipalName desc`, applied to rows merged from several reads. */
function sortedLike(
  rows: UserRegistrationDetails[],
  orderBy: string | undefined,
  merged: boolean,
): UserRegistrationDetails[] {
  if (!merged || !orderBy) return rows;
  const [field, direction] = orderBy.split(' ') as ['userDisplayName' | 'userPrincipalName', string?];
  const sign = direction === 'desc' ? -1 : 1;
  return [...rows].sort(
    (a, b) => sign * (a[field] ?? '').localeCompare(b[field] ?? '', undefined, { sensitivity: 'base' }),
  );
}

/** One page of the list with the search and strength class applied here (registration-filter-fallback.ts). */
async function listFilteredLocally(
  page: RegistrationDetailsPage,
  filters: RegistrationFilters,
  client: QueryClient,
  signal: AbortSignal,
): Promise<RegistrationDetailsResponse> {
  const reads = serverFilters(filters);
  // Cached with the list's other queries, so paging and the browser-side filter do not read Graph again.
  const rows = await client.fetchQuery({
    queryKey: [...graphKeys.registrationDetailsAll(), 'filteredLocally', ...reads, page.orderBy ?? ''],
    queryFn: async () => {
      const lists = [];
      for (const filter of reads) lists.push(await rowsForServerFilter(filter, page.orderBy, signal));
      // Two reads (a name, a UPN) each in Graph's order: put them back in one.
      return sortedLike(uniqueRows(lists), page.orderBy, lists.length > 1);
    },
    staleTime: 5 * 60_000,
  });
  const matching = rows.filter(browserFilter(filters));
  const offset = page.pageLink?.startsWith(LOCAL_CURSOR)
    ? Number(page.pageLink.slice(LOCAL_CURSOR.length))
    : 0;
  const end = offset + page.top;
  return {
    value: matching.slice(offset, end),
    ...(end < matching.length ? { '@odata.nextLink': `${LOCAL_CURSOR}${end}` } : {}),
    filteredLocally: { rowsRead: rows.length },
  };
}

/** A page of the list: Graph filters it, unless it refuses the search's or strength class's `or` / `not`. */
export async function readRegistrationPage(
  page: RegistrationDetailsPage,
  filters: RegistrationFilters | undefined,
  client: QueryClient,
  signal: AbortSignal,
): Promise<RegistrationDetailsResponse> {
  const local =
    filters &&
    (page.pageLink?.startsWith(LOCAL_CURSOR) || (filterLogicRefused() && needsFilterLogic(filters)));
  if (local) return listFilteredLocally(page, filters, client, signal);
  try {
    return await listUserRegistrationDetails(page, { signal });
  } catch (error) {
    if (filters && !page.pageLink && isFilterLogicRefusal(error, filters))
      return listFilteredLocally(page, filters, client, signal);
    throw error;
  }
}

export const userRegistrationDetailsQuery = (page: RegistrationDetailsPage, filters?: RegistrationFilters) =>
  queryOptions({
    queryKey: graphKeys.registrationDetails(page),
    queryFn: ({ signal, client }) => readRegistrationPage(page, filters, client, signal),
    // Report rows refresh every few hours on Entra's side; each request spends the 5-per-10-s budget.
    staleTime: 5 * 60_000,
    // Keep the last page on screen while the next one loads, so the grid does not flash empty.
    placeholderData: keepPreviousData,
  });
