import { WINDOWS_PASSKEY_AAGUIDS } from '../../../entra-facts/passkey-aaguids.ts';

/**
 * The passkey (FIDO2) policy's rules as the app reads them (entra-docs how-to-authentication-passkey-profiles.md,
 * graph-docs-contrib passkeyprofile.md, passkeyauthenticationmethodtarget.md, fido2keyrestrictions.md). Written
 * for the app alone; the emulator enforces its own reading.
 */

/** graph-docs-contrib fido2keyrestrictions.md. */
export interface KeyRestrictions {
  isEnforced?: boolean | null;
  enforcementType?: string | null;
  aaGuids?: (string | null)[] | null;
}

/** A passkey profile as the v1.0 policy gives it. */
export interface PasskeyProfile {
  id?: string | null;
  name?: string | null;
  /** Flags: `deviceBound`, `synced`, or both as "deviceBound,synced". */
  passkeyTypes?: string | null;
  attestationEnforcement?: string | null;
  keyRestrictions?: KeyRestrictions | null;
}

export interface PasskeyTarget {
  id?: string | null;
  targetType?: string | null;
  /** v1.0 passkeyAuthenticationMethodTarget: the profiles this target's users are scoped for. */
  allowedPasskeyProfiles?: (string | null)[] | null;
}

/** The parts of `fido2AuthenticationMethodConfiguration` these rules read. */
export interface PasskeyPolicy {
  state?: string | null;
  isSelfServiceRegistrationAllowed?: boolean | null;
  /** Before profiles (deprecated; honoured where a tenant has no profiles). */
  isAttestationEnforced?: boolean | null;
  keyRestrictions?: KeyRestrictions | null;
  includeTargets?: PasskeyTarget[] | null;
  excludeTargets?: { id?: string | null }[] | null;
  passkeyProfiles?: PasskeyProfile[] | null;
  defaultPasskeyProfile?: string | null;
}

/** Which profiles reach one user, as far as the app can tell. */
export type PasskeyReach =
  | { kind: 'disabled' }
  | { kind: 'excluded'; groups: string[] }
  | {
      kind: 'profiles';
      profiles: PasskeyProfile[];
      /** Group targets whose membership was not known: more profiles (or an exclusion) may apply. */
      unresolved: boolean;
      /** Excluded groups whose membership was not known: even an allowed key may be refused. */
      exclusionUnknown?: boolean;
    };

/** What the app knows of a passkey for the rules: its AAGUID, type and attestation. */
export interface KeyFacts {
  aaGuid?: string | null;
  passkeyType?: string | null;
  attestationLevel?: string | null;
}

export type KeyVerdict =
  | { status: 'allowed'; by: string }
  | { status: 'refused'; reasons: string[] }
  | { status: 'unknown'; why: string };

const lower = (value: string | null | undefined) => (value ?? '').trim().toLowerCase();
const typesOf = (profile: PasskeyProfile) =>
  (profile.passkeyTypes ?? '').split(',').map((t) => t.trim().toLowerCase());
export const profileName = (profile: PasskeyProfile) => profile.name?.trim() || `profile ${profile.id ?? ''}`;

/** A tenant with no profiles still has the settings from before them: one unnamed profile of its own. */
export function effectiveProfiles(policy: PasskeyPolicy): PasskeyProfile[] {
  const profiles = policy.passkeyProfiles ?? [];
  if (profiles.length > 0) return profiles;
  return [
    {
      id: null,
      name: 'the passkey policy',
      passkeyTypes: 'deviceBound,synced',
      attestationEnforcement: policy.isAttestationEnforced ? 'registrationOnly' : 'disabled',
      keyRestrictions: policy.keyRestrictions ?? null,
    },
  ];
}

/**
 * The profiles that reach a user whose groups (transitive, id → name) are `groups`; undefined when their groups
 * are unknown, so only "all users" targets count and the answer says it is partial. An excluded group wins
 * over every include ("takes precedence over them being in any Included groups"). A target that names no
 * profile gives none; a policy without profiles gives its own settings to every target.
 */
export function passkeyReach(
  policy: PasskeyPolicy,
  groups: ReadonlyMap<string, string> | undefined,
): PasskeyReach {
  if (lower(policy.state) === 'disabled') return { kind: 'disabled' };
  const excluded = (policy.excludeTargets ?? []).flatMap((t) =>
    t.id && groups?.has(t.id) ? [groups.get(t.id) || t.id] : [],
  );
  if (excluded.length > 0) return { kind: 'excluded', groups: excluded };
  const hasProfiles = (policy.passkeyProfiles ?? []).length > 0;
  const reaches = (t: PasskeyTarget) => t.id === 'all_users' || (t.id ? groups?.has(t.id) === true : false);
  const targets = policy.includeTargets ?? [];
  const ids = new Set(targets.filter(reaches).flatMap((t) => t.allowedPasskeyProfiles ?? []));
  const profiles = hasProfiles
    ? (policy.passkeyProfiles ?? []).filter((p) => p.id && ids.has(p.id))
    : targets.some(reaches)
      ? effectiveProfiles(policy)
      : [];
  const groupTargets = [...targets, ...(policy.excludeTargets ?? [])].some((t) => t.id !== 'all_users');
  return {
    kind: 'profiles',
    profiles,
    unresolved: groups === undefined && groupTargets,
    exclusionUnknown: groups === undefined && (policy.excludeTargets ?? []).length > 0,
  };
}

/**
 * Why one profile refuses a key, or null when the key fully satisfies it. Types and key restrictions hold at
 * sign-in as at registration (disabling synced passkeys, or removing an allowed AAGUID, stops keys already
 * registered); attestation is checked only at registration. Entra passkeys on Windows, in preview, need their
 * AAGUID allowed explicitly and attestation off (how-to-authentication-entra-passkeys-on-windows.md). A key
 * whose type Graph did not give fits only a profile that allows both types.
 */
export function profileRefusal(
  profile: PasskeyProfile,
  key: KeyFacts,
  atRegistration: boolean,
): string | null {
  const name = profileName(profile);
  const types = typesOf(profile);
  const type = lower(key.passkeyType) || (lower(key.attestationLevel) === 'attested' ? 'devicebound' : '');
  if (type && !types.includes(type))
    return `${name} does not allow ${type === 'synced' ? 'synced' : 'device-bound'} passkeys`;
  if (!type && !(types.includes('synced') && types.includes('devicebound')))
    return `${name} allows one type of passkey only, and this passkey's type is not known`;
  const aaGuid = lower(key.aaGuid);
  const restrictions = profile.keyRestrictions;
  const listed = (restrictions?.aaGuids ?? []).some((g) => lower(g) === aaGuid);
  const enforced = restrictions?.isEnforced === true;
  const mode = lower(restrictions?.enforcementType);
  if (enforced && mode === 'allow' && !listed)
    return `${name} allows only listed authenticators, not this one`;
  if (enforced && mode === 'block' && listed) return `${name} blocks this authenticator`;
  const attestationRequired = lower(profile.attestationEnforcement) === 'registrationonly';
  if (Object.hasOwn(WINDOWS_PASSKEY_AAGUIDS, aaGuid)) {
    if (!(enforced && mode === 'allow' && listed))
      return `${name} does not list Entra passkeys on Windows in an allow list, which their preview requires`;
    if (atRegistration && attestationRequired)
      return `${name} requires attestation, which Entra passkeys on Windows do not support`;
  }
  if (atRegistration && attestationRequired && lower(key.attestationLevel) !== 'attested')
    return `${name} requires attestation, and this authenticator gives none`;
  return null;
}

/** Whether the policy accepts a key for a user it reaches so: at least one profile in reach must accept it. */
export function keyVerdict(reach: PasskeyReach, key: KeyFacts, atRegistration: boolean): KeyVerdict {
  if (reach.kind === 'disabled')
    return {
      status: 'refused',
      reasons: ['passkeys (FIDO2) are disabled in the authentication methods policy'],
    };
  if (reach.kind === 'excluded')
    return { status: 'refused', reasons: [`the policy excludes the group ${reach.groups.join(', ')}`] };
  const reasons: string[] = [];
  for (const profile of reach.profiles) {
    const refusal = profileRefusal(profile, key, atRegistration);
    if (refusal === null)
      return reach.exclusionUnknown
        ? {
            status: 'unknown',
            why: `${profileName(profile)} allows it, unless the user is in a group the policy excludes (their groups were not read)`,
          }
        : { status: 'allowed', by: profileName(profile) };
    reasons.push(refusal);
  }
  if (reach.unresolved)
    return {
      status: 'unknown',
      why:
        reach.profiles.length === 0
          ? "no profile reaches all users, and the user's groups were not read"
          : `${reasons.join('; ')}; profiles for the user's groups were not checked`,
    };
  return {
    status: 'refused',
    reasons: reach.profiles.length === 0 ? ['no passkey profile reaches the user'] : reasons,
  };
}

/**
 * What in the policy's profiles and targets contradicts itself or Entra's limits, as sentences: settings that
 * cannot all hold, so part of what an administrator set does nothing.
 */
export function policyProblems(policy: PasskeyPolicy): string[] {
  const profiles = policy.passkeyProfiles ?? [];
  if (profiles.length === 0) return [];
  const problems: string[] = [];
  const ids = new Set(profiles.flatMap((p) => (p.id ? [p.id] : [])));
  if (profiles.length > 3)
    problems.push(`The policy has ${profiles.length} passkey profiles; Entra supports up to three.`);
  if (policy.defaultPasskeyProfile && !ids.has(policy.defaultPasskeyProfile))
    problems.push('The default passkey profile the policy names is not among its profiles.');
  for (const target of policy.includeTargets ?? []) {
    const who = target.id === 'all_users' ? 'All users' : `The group ${target.id ?? '(no id)'}`;
    const named = target.allowedPasskeyProfiles ?? [];
    if (named.length === 0)
      problems.push(
        `${who} is targeted with no passkey profile, so it is allowed no passkey through that target.`,
      );
    const missing = named.filter((id) => !id || !ids.has(id));
    if (missing.length > 0)
      problems.push(`${who} is targeted with a passkey profile that does not exist (${missing.join(', ')}).`);
  }
  for (const profile of profiles) {
    const name = profileName(profile);
    const types = typesOf(profile);
    const attested = lower(profile.attestationEnforcement) === 'registrationonly';
    const restrictions = profile.keyRestrictions;
    const listed = (restrictions?.aaGuids ?? []).map(lower);
    if (attested && types.includes('synced'))
      problems.push(
        `${name} allows synced passkeys but requires attestation, which synced passkeys cannot give: it registers device-bound passkeys only.`,
      );
    if (restrictions?.isEnforced && lower(restrictions.enforcementType) === 'allow' && listed.length === 0)
      problems.push(`${name} allows only listed authenticators and lists none: it accepts no passkey.`);
    if (attested && listed.some((g) => Object.hasOwn(WINDOWS_PASSKEY_AAGUIDS, g)))
      problems.push(
        `${name} lists Entra passkeys on Windows but requires attestation, which they do not support: their registration fails.`,
      );
    if (!types.includes('synced') && !types.includes('devicebound'))
      problems.push(`${name} allows no type of passkey.`);
  }
  return problems;
}
