import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import type { UsageSummaryItem } from '../lib/usage-rows.ts';
import type { UsagePeriod } from '../lib/usage-period.ts';
import { EVOLVABLE_ENUMS } from './evolvable-enums.ts';

interface Collection<T> {
  value: T[];
}

export interface UsageSummary {
  items: UsageSummaryItem[];
}

/**
 * SSPR registration and reset outcomes per method, from userRegistrationActivity: the replacement Graph's beta
 * reference names for the retired getCredentialUsageSummary (see retired-reports.ts). Its periods are lower
 * case (docs/graph-notes.md §3.5).
 */
export async function getUsageSummary(period: UsagePeriod, signal: AbortSignal): Promise<UsageSummary> {
  const page = await graphGet<Collection<UsageSummaryItem>>(
    `/reports/authenticationMethods/userRegistrationActivity(period='${period.toLowerCase()}')`,
    { version: 'beta', scopes: SCOPES.registrationReports, headers: EVOLVABLE_ENUMS, signal },
  );
  return { items: page.value };
}

export const credentialUsageSummaryQuery = (period: UsagePeriod) =>
  queryOptions({
    queryKey: graphKeys.credentialUsageSummary(period),
    queryFn: ({ signal }) => getUsageSummary(period, signal),
    // Aggregates move slowly; refetching more often only spends the reports budget.
    staleTime: 15 * 60_000,
  });
