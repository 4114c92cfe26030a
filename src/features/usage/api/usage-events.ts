import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import type { UsageEvent } from '../lib/failure-reasons.ts';
import { EVOLVABLE_ENUMS, legacyOrReplacement } from './legacy-fallback.ts';

export interface CredentialUsageEvent extends UsageEvent {
  id: string;
  feature?: string | null;
  userPrincipalName?: string | null;
  userDisplayName?: string | null;
  eventDateTime?: string | null;
}

interface Collection<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

export interface UsageEvents {
  events: CredentialUsageEvent[];
  /** More matching events exist than this first page holds. */
  truncated: boolean;
  source: 'userCredentialUsageDetails' | 'userEventsSummary';
  /** When the page was read (epoch ms): the reference for the period filter. */
  fetchedAt: number;
}

const withFilter = (path: string, filter: string | undefined) =>
  filter ? `${path}?$filter=${encodeURIComponent(filter)}` : path;

/**
 * The latest matching SSPR registration and reset events (the first page, newest first). The legacy
 * userCredentialUsageDetails is deprecated; on 404 its replacement userEventsSummary answers.
 */
export async function listUserCredentialUsageDetails(
  filter: string | undefined,
  signal: AbortSignal,
): Promise<UsageEvents> {
  const read = async (
    path: string,
    scopes: readonly string[],
    source: UsageEvents['source'],
  ): Promise<UsageEvents> => {
    const page = await graphGet<Collection<CredentialUsageEvent>>(withFilter(path, filter), {
      version: 'beta',
      scopes,
      headers: EVOLVABLE_ENUMS,
      signal,
    });
    return { events: page.value, truncated: Boolean(page['@odata.nextLink']), source, fetchedAt: Date.now() };
  };
  return legacyOrReplacement(
    () => read('/reports/userCredentialUsageDetails', SCOPES.legacyReports, 'userCredentialUsageDetails'),
    () =>
      read(
        '/reports/authenticationMethods/userEventsSummary',
        SCOPES.registrationReports,
        'userEventsSummary',
      ),
  );
}

export const credentialUsageDetailsQuery = (filter: string | undefined) =>
  queryOptions({
    queryKey: graphKeys.credentialUsageDetails(filter),
    queryFn: ({ signal }) => listUserCredentialUsageDetails(filter, signal),
    staleTime: 5 * 60_000,
  });
