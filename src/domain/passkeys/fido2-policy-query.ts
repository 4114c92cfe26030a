import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphGet } from '../../lib/graph/graph-client.ts';
import type { PasskeyPolicy } from './passkey-profiles.ts';

/**
 * The passkey (FIDO2) policy, v1.0 (its passkey profiles and the targets naming them): Global Reader or
 * Authentication Policy Administrator (fido2authenticationmethodconfiguration-get.md).
 */
export const fido2PolicyQuery = () =>
  queryOptions({
    queryKey: ['fido2Policy'] as const,
    queryFn: ({ signal }) =>
      graphGet<PasskeyPolicy>(
        '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Fido2',
        {
          scopes: SCOPES.authMethodsPolicy,
          version: 'v1.0',
          signal,
        },
      ),
    staleTime: 10 * 60_000,
  });
