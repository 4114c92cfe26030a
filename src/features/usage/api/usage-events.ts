import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import type { UsageEvent } from '../lib/failure-reasons.ts';
import { EVOLVABLE_ENUMS } from './evolvable-enums.ts';

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
  /** When the page was read (epoch ms): the reference for the period filter. */
  fetchedAt: number;
}

const withFilter = (path: string, filter: string | undefined) =>
  filter ? `${path}?$filter=${encodeURIComponent(filter)}` : path;

/**
 * The latest matching SSPR registration and reset events (the first page, newest first), from userEventsSummary:
 * the replacement Graph's beta reference names for the retired userCredentialUsageDetails.
 */
export async function listUsageEvents(filter: string | undefined, signal: AbortSignal): Promise<UsageEvents> {
  const page = await graphGet<Collection<CredentialUsageEvent>>(
    withFilter('/reports/authenticationMethods/userEventsSummary', filter),
    { version: 'beta', scopes: SCOPES.registrationReports, headers: EVOLVABLE_ENUMS, signal },
  );
  return { events: page.value, truncated: Boolean(page['@odata.nextLink']), fetchedAt: Date.now() };
}

export const credentialUsageDetailsQuery = (filter: string | undefined) =>
  queryOptions({
    queryKey: graphKeys.credentialUsageDetails(filter),
    queryFn: ({ signal }) => listUsageEvents(filter, signal),
    staleTime: 5 * 60_000,
  });
