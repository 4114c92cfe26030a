import { queryOptions } from '@tanstack/react-query';
import type { Fido2Method } from '../../../domain/auth-methods/graph-method.ts';
import { userPath } from '../../../domain/auth-methods/invalidate-user.ts';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';

/**
 * How often the onboarding reads the user's passkeys while it waits for a new one: one small directory read
 * every 10 seconds, far inside Graph's per-user and per-tenant limits (throttling-limits.md, identity and
 * access), and quick enough that the helpdesk sees the key while the user is still on the call.
 */
export const PASSKEY_WATCH_MS = 10_000;

/** `GET /users/{id}/authentication/fido2Methods` (v1.0): the user's passkeys. */
async function readPasskeys(userId: string, signal: AbortSignal): Promise<Fido2Method[]> {
  const page = await graphGet<{ value: Fido2Method[] }>(`${userPath(userId)}/fido2Methods`, {
    scopes: SCOPES.authMethodsRead,
    signal,
  });
  return page.value;
}

/** The user's passkeys, read again each interval while the onboarding waits. */
export const passkeyWatchQuery = (userId: string) =>
  queryOptions({
    queryKey: ['passkeyWatch', userId] as const,
    queryFn: ({ signal }) => readPasskeys(userId, signal),
    staleTime: 0,
    gcTime: 0,
  });

/**
 * The passkeys the user has when the onboarding opens, read once and never again while it is open: what
 * "new" is measured against. Its own read, not the page's list, which may have failed or may refresh later.
 */
export const passkeysBeforeQuery = (userId: string) =>
  queryOptions({
    queryKey: ['passkeysBefore', userId] as const,
    queryFn: ({ signal }) => readPasskeys(userId, signal),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
