import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import type { UsageSummaryItem } from '../lib/usage-rows.ts';
import type { UsagePeriod } from '../lib/usage-period.ts';

interface Collection<T> {
  value: T[];
}

// Newer method names arrive only when asked for (graph-contract.md §3.9).
const EVOLVABLE = { Prefer: 'include-unknown-enum-members' };

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
  try {
    const legacy = await graphGet<Collection<UsageSummaryItem>>(
      `/reports/getCredentialUsageSummary(period='${period}')`,
      {
        version: 'beta',
        scopes: SCOPES.legacyReports,
        headers: EVOLVABLE,
        signal,
      },
    );
    return { items: legacy.value, source: 'getCredentialUsageSummary' };
  } catch (error) {
    if (!(error instanceof GraphError) || error.status !== 404) throw error;
  }
  const current = await graphGet<Collection<UsageSummaryItem>>(
    `/reports/authenticationMethods/userRegistrationActivity(period='${period.toLowerCase()}')`,
    {
      version: 'beta',
      scopes: SCOPES.registrationReports,
      headers: EVOLVABLE,
      signal,
    },
  );
  return { items: current.value, source: 'userRegistrationActivity' };
}

export const credentialUsageSummaryQuery = (period: UsagePeriod) =>
  queryOptions({
    queryKey: graphKeys.credentialUsageSummary(period),
    queryFn: ({ signal }) => getCredentialUsageSummary(period, signal),
    // Aggregates move slowly; refetching more often only spends the reports budget.
    staleTime: 15 * 60_000,
  });
