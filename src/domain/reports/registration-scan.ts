import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphGet } from '../../lib/graph/graph-client.ts';
import { graphKeys } from '../../lib/graph/query-keys.ts';
import { REPORT_STALE_MS } from './report-stale.ts';

/** The registration-report fields the whole-tenant scan selects (docs/graph-notes.md §3.1). */
export interface RegistrationScanRow {
  id?: string | null;
  userPrincipalName?: string | null;
  userDisplayName?: string | null;
  userType?: string | null;
  isAdmin?: boolean | null;
  methodsRegistered?: (string | null)[] | null;
  lastUpdatedDateTime?: string | null;
  // The feature flags: the Overview counts its tiles from the scan when users are excluded.
  isMfaCapable?: boolean | null;
  isSsprRegistered?: boolean | null;
  isSsprEnabled?: boolean | null;
  isSsprCapable?: boolean | null;
  isPasswordlessCapable?: boolean | null;
}

export interface RegistrationScanPage {
  value: RegistrationScanRow[];
  '@odata.nextLink'?: string;
}

// What the Overview's strength groups and figures under exclusions and the posture lenses need, in the
// largest pages clients commonly ask for (§3.1). One query for all of them: the tenant is read once per
// staleness window.
const FIRST_PAGE =
  '/reports/authenticationMethods/userRegistrationDetails?$select=id,userPrincipalName,userDisplayName,' +
  'userType,isAdmin,isMfaCapable,isSsprRegistered,isSsprEnabled,isSsprCapable,isPasswordlessCapable,' +
  'methodsRegistered,lastUpdatedDateTime&$top=999';

/** One page of the whole-tenant scan; later pages are Graph's own nextLinks, requested verbatim. */
export function listRegistrationScanPage(link: string, signal: AbortSignal): Promise<RegistrationScanPage> {
  return graphGet<RegistrationScanPage>(link, {
    scopes: SCOPES.registrationReports,
    signal,
  });
}

export const registrationScanQuery = () =>
  infiniteQueryOptions({
    queryKey: graphKeys.registrationStrengthScan(),
    queryFn: ({ pageParam, signal }) => listRegistrationScanPage(pageParam, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last: RegistrationScanPage) => last['@odata.nextLink'],
    staleTime: REPORT_STALE_MS,
  });

const NO_PAGES: readonly RegistrationScanPage[] = [];
const NO_ROWS: readonly RegistrationScanRow[] = [];

/**
 * Streams the registration report page by page until Graph stops giving nextLinks; the client's pacer
 * keeps the pages within the reports budget, so a 100k-user tenant takes longer but is never throttled.
 */
export function useRegistrationScan() {
  const query = useInfiniteQuery(registrationScanQuery());
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [hasNextPage, isFetching, isError, fetchNextPage]);
  const scanning = query.isPending || query.hasNextPage === true;
  const pages = query.data?.pages ?? NO_PAGES;
  // Flattened once, when the scan ends: doing it for every page of a 100k-user tenant is quadratic work.
  const rows = useMemo(() => (scanning ? NO_ROWS : pages.flatMap((p) => p.value)), [scanning, pages]);
  const rowsRead = useMemo(() => pages.reduce((n, p) => n + p.value.length, 0), [pages]);
  return {
    query,
    /** Every row, once the scan has finished; empty while it runs (read `pages` for what came so far). */
    rows,
    /** The pages read so far, as Graph gave them. */
    pages,
    /** Rows and pages read so far: what a progress line shows. */
    rowsRead,
    pagesRead: pages.length,
    scanning,
    /**
     * Every row read and no refetch under way: what a daily snapshot may record. Cached rows from an earlier
     * day show at once while Graph is asked again, and must not be filed under today.
     */
    settled: !scanning && !query.isFetching,
    /** Carry on after a failed page, or start again when the first one failed. */
    retry: () => void (query.hasNextPage ? query.fetchNextPage() : query.refetch()),
  };
}
