import type { TenantUser } from './model.ts';
import { FIDO2_MODELS } from './names.ts';
import { PERSONAS } from './personas.ts';
import { createRandom } from './random.ts';
import type { MethodTarget, PasskeyProfile, PhonePolicy, SecurityGroup } from './phone-policy-types.ts';

export type * from './phone-policy-types.ts';

export const ALL_USERS_TARGET: MethodTarget = { id: 'all_users', targetType: 'group' };

/** The security key model the seeded default passkey profile blocks (Feitian ePass FIDO2). */
export const RETIRED_KEY_AAGUID = '833b721a-ff5f-4d00-bb2e-bdda3ec01e29';
/** entra-docs how-to-authentication-entra-passkeys-on-windows.md: the three Windows Hello authenticators. */
export const WINDOWS_HELLO_AAGUIDS: readonly string[] = FIDO2_MODELS.filter(
  (m) => m.report === 'passKeyDeviceBoundWindowsHello',
).map((m) => m.aaGuid);

export function generatePhonePolicy(
  users: readonly TenantUser[],
  seed: string,
  smsSignIn: boolean,
): PhonePolicy {
  const rng = createRandom(`${seed}/phone-policy`);
  const personaIds = new Set(
    PERSONAS.map((p) => users.find((u) => u.userPrincipalName.startsWith(`${p.alias}@`))?.id),
  );
  const members = users.filter((u) => u.userType === 'member' && !personaIds.has(u.id));
  const take = (from: number, count: number) => members.slice(from, from + count).map((u) => u.id);
  const group = (displayName: string, description: string, memberIds: string[]): SecurityGroup => ({
    id: rng.guid(),
    displayName,
    description,
    memberIds: new Set(memberIds),
  });
  // Excluded from SMS: they moved to passkeys already. Some are also in the voice groups (include and exclude).
  const pilot = group('Passkey pilot', 'Moved to passkeys: SMS is off for them', take(40, 25));
  const nightShift = group('Night shift', 'Contact centre agents on nights', take(80, 12));
  const centre = group('Contact centre', 'Agents who verify by phone call', [...take(60, 30), nightShift.id]);
  // A loop, as Entra allows: transitive reads must not go round it for ever.
  nightShift.memberIds.add(centre.id);
  // Passkey profiles (entra-docs how-to-authentication-passkey-profiles.md): the default one for everyone,
  // blocking one key model (the tenant retired it: already-registered keys of that model can no longer sign
  // in, as key restrictions apply at sign-in too), and a pilot of Entra passkeys on Windows, whose AAGUIDs
  // must be allowed explicitly with attestation off (how-to-authentication-entra-passkeys-on-windows.md).
  const profile: PasskeyProfile = {
    id: rng.guid(),
    name: 'Default passkey profile',
    passkeyTypes: 'deviceBound,synced',
    attestationEnforcement: 'disabled',
    keyRestrictions: { isEnforced: true, enforcementType: 'block', aaGuids: [RETIRED_KEY_AAGUID] },
  };
  const windows: PasskeyProfile = {
    id: rng.guid(),
    name: 'Entra passkeys on Windows (pilot)',
    passkeyTypes: 'deviceBound',
    attestationEnforcement: 'disabled',
    keyRestrictions: { isEnforced: true, enforcementType: 'allow', aaGuids: [...WINDOWS_HELLO_AAGUIDS] },
  };
  return {
    sms: {
      state: 'enabled',
      includeTargets: [{ ...ALL_USERS_TARGET, isUsableForSignIn: smsSignIn }],
      excludeTargets: [{ id: pilot.id, targetType: 'group' }],
    },
    voice: {
      state: 'enabled',
      isOfficePhoneAllowed: false,
      includeTargets: [{ id: centre.id, targetType: 'group' }],
      excludeTargets: [],
    },
    fido2: {
      state: 'enabled',
      includeTargets: [
        { ...ALL_USERS_TARGET, allowedPasskeyProfiles: [profile.id] },
        { id: pilot.id, targetType: 'group', allowedPasskeyProfiles: [profile.id, windows.id] },
      ],
      excludeTargets: [],
      passkeyProfiles: [profile, windows],
      defaultPasskeyProfile: profile.id,
    },
    // From 1 September 2026: "Registration Campaign settings will be set to Microsoft Managed state targeting
    // passkeys" (concept-sms-voice-retirement.md); unlimited snoozes by default (the FAQ).
    campaign: {
      state: 'default',
      snoozeDurationInDays: 1,
      enforceRegistrationAfterAllowedSnoozes: false,
      includeTargets: [{ id: 'all_users', targetType: 'group', targetedAuthenticationMethod: 'Fido2' }],
      excludeTargets: [],
    },
    passkeyDynamicMigrationOptOut: false,
    groups: [pilot, centre, nightShift],
  };
}

/** Every user a group reaches through nesting, each once, loops included. */
export function transitiveUserIds(groups: readonly SecurityGroup[], groupId: string): string[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const seen = new Set<string>();
  const users: string[] = [];
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const nested = byId.get(id);
    if (!nested) {
      if (id !== groupId) users.push(id);
      return;
    }
    for (const member of nested.memberIds) visit(member);
  };
  visit(groupId);
  return users;
}

/**
 * Whether the Sms configuration lets this user sign in with an SMS code (graph-docs-contrib
 * smsauthenticationmethodtarget.md, `isUsableForSignIn`: "Determines if users can use this authentication method
 * to sign in to Microsoft Entra ID"): Sms enabled, an include target with it that reaches the user (all users,
 * the user, or a group through nesting), and no exclude target that reaches them.
 */
export function smsSignInAllowedFor(policy: PhonePolicy, userId: string): boolean {
  const { sms, groups } = policy;
  if (sms.state !== 'enabled') return false;
  const reaches = (target: MethodTarget) =>
    target.id === 'all_users' ||
    target.id === userId ||
    (target.targetType === 'group' && transitiveUserIds(groups, target.id).includes(userId));
  return (
    sms.includeTargets.some((t) => t.isUsableForSignIn === true && reaches(t)) &&
    !sms.excludeTargets.some(reaches)
  );
}

/**
 * Internal guests: guests with "internal credentials" (entra-docs external-id/user-properties.md), signing in
 * with a name in this tenant's domain rather than an `#EXT#` one. A quarter of the generated guests, from this
 * module's own stream; the SMS and voice retirement dates them apart from external users (the FAQ).
 */
export function makeInternalGuests(users: TenantUser[], seed: string, domain: string): void {
  const rng = createRandom(`${seed}/internal-guests`);
  for (const user of users) {
    if (user.userType !== 'guest' || !user.userPrincipalName.includes('#EXT#') || !rng.chance(0.25)) continue;
    const alias = user.userPrincipalName.split('_')[0];
    user.userPrincipalName = `${alias}.guest@${domain}`;
  }
}

/** An internal guest: a guest whose sign-in name is in the tenant (no `#EXT#`). */
export const isInternalGuest = (user: TenantUser) =>
  user.userType === 'guest' && !user.userPrincipalName.includes('#EXT#');
