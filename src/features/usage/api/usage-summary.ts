import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import type { UsageSummaryItem } from '../lib/usage-rows.ts';
import type { UsagePeriod } from '../lib/usage-period.ts';
import { EVOLVABLE_ENUMS, legacyOrReplacement } from './legacy-fallback.ts';

interface Collection<T> {
  value: T[];
}

export interface UsageSummary {
  items: UsageSummaryItem[];
  /** Which report answered: the legacy one the issue names, or its replacement when it is gone. */
  source: 'getCredentialUsageSummary' | 'userRegistrationActivity';
}

/**
 * SSPR registration and reset outcomes per method. getCredentialUsageSummary is deprecated; where the
 * service no longer has it (404), its replacement userRegistrationActivity answers the same question.
 */
export async function getCredentialUsageSummary(
  period: UsagePeriod,
  signal: AbortSignal,
): Promise<UsageSummary> {
  const read = async (
    path: string,
    scopes: readonly string[],
    source: UsageSummary['source'],
  ): Promise<UsageSummary> => {
    const page = await graphGet<Collection<UsageSummaryItem>>(path, {
      version: 'beta',
      scopes,
      headers: EVOLVABLE_ENUMS,
      signal,
    });
    return { items: page.value, source };
  };
  return legacyOrReplacement(
    () =>
      read(
        `/reports/getCredentialUsageSummary(period='${period}')`,
        SCOPES.legacyReports,
        'getCredentialUsageSummary',
      ),
    // The replacement's periods are lower case (graph-contract.md §3.5).
    () =>
      read(
        `/reports/authenticationMethods/userRegistrationActivity(period='${period.toLowerCase()}')`,
        SCOPES.registrationReports,
        'userRegistrationActivity',
      ),
  );
}

export const credentialUsageSummaryQuery = (period: UsagePeriod) =>
  queryOptions({
    queryKey: graphKeys.credentialUsageSummary(period),
    queryFn: ({ signal }) => getCredentialUsageSummary(period, signal),
    // Aggregates move slowly; refetching more often only spends the reports budget.
    staleTime: 15 * 60_000,
  });
