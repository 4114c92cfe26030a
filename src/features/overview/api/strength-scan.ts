import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import type { ScanRow } from '../lib/excluded-figures.ts';
import { REPORT_STALE_MS } from './registration-summaries.ts';

export interface StrengthScanPage {
  value: ScanRow[];
  '@odata.nextLink'?: string;
}

// Only what the groups, "report as of" and the figures under exclusions need (UPN, user type and the
// feature flags), in the largest pages clients commonly ask for (§3.1).
const FIRST_PAGE =
  '/reports/authenticationMethods/userRegistrationDetails?$select=id,userPrincipalName,userType,isAdmin,' +
  'isMfaCapable,isSsprRegistered,isSsprEnabled,isSsprCapable,isPasswordlessCapable,methodsRegistered,' +
  'lastUpdatedDateTime&$top=999';

/** One page of the whole-tenant scan; later pages are Graph's own nextLinks, requested verbatim. */
export function listStrengthPage(link: string, signal: AbortSignal): Promise<StrengthScanPage> {
  return graphGet<StrengthScanPage>(link, {
    scopes: SCOPES.registrationReports,
    signal,
  });
}

export const strengthScanQuery = () =>
  infiniteQueryOptions({
    queryKey: graphKeys.registrationStrengthScan(),
    queryFn: ({ pageParam, signal }) => listStrengthPage(pageParam, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last: StrengthScanPage) => last['@odata.nextLink'],
    staleTime: REPORT_STALE_MS,
  });

/**
 * Streams the registration report page by page until Graph stops giving nextLinks; the client's pacer
 * keeps the pages within the reports budget, so a 100k-user tenant takes longer but is never throttled.
 */
export function useStrengthScan() {
  const query = useInfiniteQuery(strengthScanQuery());
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [hasNextPage, isFetching, isError, fetchNextPage]);
  return query;
}
