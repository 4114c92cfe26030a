import type { DeadlineFacts } from './retirement-dates.ts';

/** The user properties Graph offers that tell an internal guest from an external user. */
export interface GuestSignals {
  userType?: string | null;
  userPrincipalName?: string | null;
  identities?: readonly { signInType?: string | null; issuer?: string | null }[] | null;
}

/**
 * entra-docs external-id/user-properties.md: an internal guest has "internal credentials" (its UserType set to
 * Guest); an external user signs in with "an account in an external Microsoft Entra organization or an external
 * identity provider", shown in `identities` (ExternalAzureAD, mail, a federated provider) and in an `#EXT#`
 * user principal name. The rule the page writes out: a sign-in identity issued outside the tenant's own
 * domains, or an `#EXT#` name, makes a user external; a guest with neither is internal.
 */
export function guestKindOf(user: GuestSignals, tenantDomains: readonly string[]): DeadlineFacts['kind'] {
  const own = new Set(tenantDomains.map((d) => d.toLowerCase()));
  const externalName = /#EXT#@/i.test(user.userPrincipalName ?? '');
  const externalIdentity = (user.identities ?? []).some(
    (i) => i.issuer != null && !own.has(i.issuer.toLowerCase()),
  );
  const external = externalName || externalIdentity;
  const guest = (user.userType ?? '').toLowerCase() === 'guest';
  if (guest) return external ? 'externalGuest' : 'internalGuest';
  return external ? 'externalMember' : 'member';
}
