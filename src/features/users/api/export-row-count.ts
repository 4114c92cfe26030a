import type { UserRegistrationFeatureSummary } from '@microsoft/microsoft-graph-types-beta';
import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys, type SummaryScope } from '../../../lib/graph/query-keys.ts';

/**
 * The registration summary for a scope, under the key the Overview uses for the same request: after a
 * visit to the Overview the export's row estimate costs no report call at all.
 */
export const registrationSummaryQuery = (scope: SummaryScope) =>
  queryOptions({
    queryKey: graphKeys.registrationByFeature(scope),
    queryFn: ({ signal }) =>
      graphGet<UserRegistrationFeatureSummary>(
        `/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='${scope.userTypes}',includedUserRoles='${scope.userRoles}')`,
        { scopes: SCOPES.registrationReports, signal },
      ),
    // As long as the Overview's: the report refreshes every few hours on Entra's side.
    staleTime: 15 * 60_000,
  });
