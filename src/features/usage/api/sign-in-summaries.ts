import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { auditLogKeys } from '../../../lib/graph/audit-log-keys.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import type { UsagePeriod } from '../lib/usage-period.ts';
import { EVOLVABLE_ENUMS } from './evolvable-enums.ts';

export interface MethodSignIns {
  authenticationMethod?: string | null;
  successActivityCount?: number | null;
}

export interface DailyMfaSignIns {
  createdDateTime?: string | null;
  totalSignIns?: number | null;
  singleFactorSignIns?: number | null;
  multiFactorSignIns?: number | null;
}

/**
 * Successful sign-ins per method over the period, in one call (docs/graph-notes.md §3.6; beta). The newer
 * method names come only to a client that asks for evolvable enum members.
 */
export const signInsByMethodQuery = (period: UsagePeriod) =>
  queryOptions({
    queryKey: auditLogKeys.signInsByMethod(period),
    queryFn: async ({ signal }) =>
      (
        await graphGet<{ value: MethodSignIns[] }>(
          `/reports/authenticationMethods/userSignInsByAuthMethodSummary(period='${period.toLowerCase()}')`,
          { version: 'beta', scopes: SCOPES.registrationReports, headers: EVOLVABLE_ENUMS, signal },
        )
      ).value,
    staleTime: 15 * 60_000,
  });

/** Single- and multifactor sign-ins per day over the last 30 days, in one call (§3.8; beta, no parameters). */
export const mfaSignInSummaryQuery = () =>
  queryOptions({
    queryKey: auditLogKeys.mfaSignInSummary(),
    queryFn: async ({ signal }) =>
      (
        await graphGet<{ value: DailyMfaSignIns[] }>('/reports/authenticationMethods/userMfaSignInSummary', {
          version: 'beta',
          scopes: SCOPES.registrationReports,
          signal,
        })
      ).value,
    staleTime: 15 * 60_000,
  });
