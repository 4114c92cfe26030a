import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import type { CredentialUserRegistrationCount } from '../lib/credential-registration.ts';
import { REPORT_STALE_MS } from '../../../lib/reports/report-stale.ts';

export type CredentialRegistrationResult =
  | { state: 'served'; row: CredentialUserRegistrationCount | undefined }
  /** The service no longer has the legacy report: expected, not an error. */
  | { state: 'retired' };

/** The legacy registration counts (beta, Reports.Read.All, graph-contract.md §3.10). */
export async function getCredentialUserRegistrationCount(
  signal: AbortSignal,
): Promise<CredentialRegistrationResult> {
  try {
    const body = await graphGet<{ value?: CredentialUserRegistrationCount[] }>(
      '/reports/getCredentialUserRegistrationCount',
      { version: 'beta', scopes: SCOPES.legacyReports, signal },
    );
    return { state: 'served', row: body.value?.[0] };
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return { state: 'retired' };
    throw error;
  }
}

export const credentialUserRegistrationCountQuery = () =>
  queryOptions({
    queryKey: graphKeys.credentialUserRegistrationCount(),
    queryFn: ({ signal }) => getCredentialUserRegistrationCount(signal),
    staleTime: REPORT_STALE_MS,
  });
