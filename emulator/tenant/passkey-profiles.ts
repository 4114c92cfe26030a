import type { Fido2Method } from './model.ts';
import type { MethodTarget, PasskeyProfile, PhonePolicy } from './phone-policy-types.ts';
import { transitiveUserIds, WINDOWS_HELLO_AAGUIDS } from './phone-policy.ts';

/**
 * Which passkey profiles reach a user (entra-docs how-to-authentication-passkey-profiles.md): every include
 * target that reaches them (all users, or a group through nesting) adds its `allowedPasskeyProfiles`; an
 * exclude target that reaches them blocks passkeys outright ("takes precedence over them being in any
 * Included groups"). A target naming no profile adds none, the stricter reading of a required property.
 */
export function passkeyProfilesOf(
  policy: PhonePolicy,
  userId: string,
): { excluded: boolean; profiles: PasskeyProfile[] } {
  const { fido2, groups } = policy;
  const reaches = (target: MethodTarget) =>
    target.id === 'all_users' ||
    target.id === userId ||
    (target.targetType === 'group' && transitiveUserIds(groups, target.id).includes(userId));
  const excluded = fido2.excludeTargets.some(reaches);
  const ids = new Set(fido2.includeTargets.filter(reaches).flatMap((t) => t.allowedPasskeyProfiles ?? []));
  return { excluded, profiles: fido2.passkeyProfiles.filter((p) => ids.has(p.id)) };
}

type Key = Pick<Fido2Method, 'aaGuid' | 'passkeyType' | 'attestationLevel'>;

/**
 * Why a profile refuses a key, or null when it fully satisfies it ("at least one of the scoped passkey
 * profiles", no order). Types and key restrictions apply at sign-in as at registration; attestation only at
 * registration. Entra passkeys on Windows need their AAGUID allowed explicitly and attestation off during the
 * preview (how-to-authentication-entra-passkeys-on-windows.md).
 */
export function profileRefusal(profile: PasskeyProfile, key: Key, atRegistration: boolean): string | null {
  const aaGuid = key.aaGuid.toLowerCase();
  const listed = profile.keyRestrictions.aaGuids.some((g) => g.toLowerCase() === aaGuid);
  const restricted = profile.keyRestrictions.isEnforced;
  if (!profile.passkeyTypes.split(',').includes(key.passkeyType))
    return `profile ${profile.name} does not allow ${key.passkeyType} passkeys`;
  if (restricted && profile.keyRestrictions.enforcementType === 'allow' && !listed)
    return `profile ${profile.name} allows only listed authenticators`;
  if (restricted && profile.keyRestrictions.enforcementType === 'block' && listed)
    return `profile ${profile.name} blocks this authenticator`;
  if (WINDOWS_HELLO_AAGUIDS.includes(aaGuid)) {
    if (!(restricted && profile.keyRestrictions.enforcementType === 'allow' && listed))
      return `profile ${profile.name} does not allow Entra passkeys on Windows explicitly`;
    if (atRegistration && profile.attestationEnforcement === 'registrationOnly')
      return `profile ${profile.name} enforces attestation, which Entra passkeys on Windows do not support`;
  }
  if (
    atRegistration &&
    profile.attestationEnforcement === 'registrationOnly' &&
    key.attestationLevel !== 'attested'
  )
    return `profile ${profile.name} requires attestation`;
  return null;
}

/** Why the policy refuses this key for this user, or null when some profile in reach accepts it. */
export function passkeyRefusal(policy: PhonePolicy, userId: string, key: Key, atRegistration: boolean) {
  if (policy.fido2.state === 'disabled')
    return 'passkeys (FIDO2) are disabled in the authentication methods policy';
  const { excluded, profiles } = passkeyProfilesOf(policy, userId);
  if (excluded) return 'the user is in a group the passkey (FIDO2) policy excludes';
  if (profiles.length === 0) return 'no passkey profile reaches the user';
  const refusals = profiles.map((p) => profileRefusal(p, key, atRegistration));
  return refusals.includes(null) ? null : refusals.join('; ');
}
