import { createHash } from 'node:crypto';
import type { Tenant, TenantUser } from '../../tenant/model.ts';

export interface SignInActivity {
  lastSignInDateTime: string;
  lastSignInRequestId: string;
  lastNonInteractiveSignInDateTime: string;
  lastNonInteractiveSignInRequestId: string;
  lastSuccessfulSignInDateTime: string | null;
  lastSuccessfulSignInRequestId: string | null;
}

// lastSuccessfulSignIn* were populated from December 2023 and not backfilled (docs/graph-notes.md §11.7).
const SUCCESSFUL_SIGN_INS_SINCE = '2023-12-01T00:00:00Z';

/** Sign-in times come without fractional seconds: `2023-01-12T04:51:27Z`. */
const seconds = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');

function derivedGuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The tenant model keeps no sign-in log, so the last sign-in is the user's most recent method use;
 * everything else is derived from the user id, so the same tenant always answers the same.
 * Undefined for users who never signed in: Graph leaves the property out for them.
 */
export function signInActivityOf(tenant: Tenant, user: TenantUser): SignInActivity | undefined {
  let latest: string | undefined;
  for (const method of user.methods) {
    const used = method.lastUsedDateTime;
    if (used && (latest === undefined || used > latest)) latest = used;
  }
  if (latest === undefined) return undefined;
  const seed = `${tenant.id}:${user.id}`;
  // Token refreshes follow the interactive sign-in by minutes to hours, but never pass the tenant's clock.
  const offsetMinutes = 5 + (parseInt(createHash('sha256').update(seed).digest('hex').slice(0, 4), 16) % 236);
  const ceiling = Math.max(Date.parse(latest), Date.parse(tenant.generatedAt) + 3 * 3_600_000);
  const nonInteractive = seconds(Math.min(Date.parse(latest) + offsetMinutes * 60_000, ceiling));
  const interactive = seconds(Date.parse(latest));
  const tracked = latest >= SUCCESSFUL_SIGN_INS_SINCE;
  return {
    lastSignInDateTime: interactive,
    lastSignInRequestId: derivedGuid(`${seed}:interactive`),
    lastNonInteractiveSignInDateTime: nonInteractive,
    lastNonInteractiveSignInRequestId: derivedGuid(`${seed}:nonInteractive`),
    lastSuccessfulSignInDateTime: tracked ? interactive : null,
    lastSuccessfulSignInRequestId: tracked ? derivedGuid(`${seed}:interactive`) : null,
  };
}
