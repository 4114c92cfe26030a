import type { TemporaryAccessPassAuthenticationMethodConfiguration } from '@microsoft/microsoft-graph-types-beta';
import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';

export function getTapPolicy(
  signal: AbortSignal,
): Promise<TemporaryAccessPassAuthenticationMethodConfiguration> {
  return graphGet<TemporaryAccessPassAuthenticationMethodConfiguration>(
    '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass',
    { scopes: SCOPES.authMethodsPolicy, signal },
  );
}

export const tapPolicyQuery = () =>
  queryOptions({
    queryKey: graphKeys.tapPolicy(),
    queryFn: ({ signal }) => getTapPolicy(signal),
    staleTime: 10 * 60_000,
  });
