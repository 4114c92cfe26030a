import type {
  UserRegistrationFeatureSummary,
  UserRegistrationMethodSummary,
} from '@microsoft/microsoft-graph-types-beta';
import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys, type SummaryScope } from '../../../lib/graph/query-keys.ts';
import { REPORT_STALE_MS } from '../../../domain/reports/report-stale.ts';

const args = (scope: SummaryScope) =>
  `(includedUserTypes='${scope.userTypes}',includedUserRoles='${scope.userRoles}')`;

export function getUsersRegisteredByFeature(scope: SummaryScope, signal: AbortSignal) {
  return graphGet<UserRegistrationFeatureSummary>(
    `/reports/authenticationMethods/usersRegisteredByFeature${args(scope)}`,
    {
      scopes: SCOPES.registrationReports,
      signal,
    },
  );
}

export function getUsersRegisteredByMethod(scope: SummaryScope, signal: AbortSignal) {
  return graphGet<UserRegistrationMethodSummary>(
    `/reports/authenticationMethods/usersRegisteredByMethod${args(scope)}`,
    {
      scopes: SCOPES.registrationReports,
      signal,
    },
  );
}

export const usersRegisteredByFeatureQuery = (scope: SummaryScope) =>
  queryOptions({
    queryKey: graphKeys.registrationByFeature(scope),
    queryFn: ({ signal }) => getUsersRegisteredByFeature(scope, signal),
    staleTime: REPORT_STALE_MS,
  });

export const usersRegisteredByMethodQuery = (scope: SummaryScope) =>
  queryOptions({
    queryKey: graphKeys.registrationByMethod(scope),
    queryFn: ({ signal }) => getUsersRegisteredByMethod(scope, signal),
    staleTime: REPORT_STALE_MS,
  });
