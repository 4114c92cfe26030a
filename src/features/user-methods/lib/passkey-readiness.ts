import {
  effectiveProfiles,
  keyVerdict,
  passkeyReach,
  policyProblems,
  profileName,
  type KeyFacts,
  type PasskeyPolicy,
  type PasskeyProfile,
  type PasskeyReach,
} from '../../../domain/passkeys/passkey-profiles.ts';
import { AUTHENTICATOR_PASSKEY_AAGUIDS } from '../../../../entra-facts/passkey-aaguids.ts';

/** What stands in the way (warnings), and what the profiles that reach the user allow (notes). */
export interface Readiness {
  warnings: string[];
  notes: string[];
}

/**
 * The authenticators a user is likely to bring, as the rules see them at registration. A `generic` one stands
 * for any model of its kind: an allow list that names some models may name theirs (the notes list them), so
 * only an allow list naming none refuses it.
 */
const LIKELY: { label: string; keys: KeyFacts[]; generic?: boolean }[] = [
  {
    label: 'a security key',
    keys: [{ aaGuid: '', passkeyType: 'deviceBound', attestationLevel: 'attested' }],
    generic: true,
  },
  {
    label: 'a passkey in Microsoft Authenticator',
    // entra-docs how-to-enable-authenticator-passkey.md: attested through App Attest or Play Integrity.
    keys: Object.keys(AUTHENTICATOR_PASSKEY_AAGUIDS).map((aaGuid) => ({
      aaGuid,
      passkeyType: 'deviceBound',
      attestationLevel: 'attested',
    })),
  },
  {
    label: 'a synced passkey (iCloud Keychain, Google Password Manager or a password manager)',
    keys: [{ aaGuid: '', passkeyType: 'synced', attestationLevel: 'notAttested' }],
    generic: true,
  },
];

/** A profile with any allow list that names models set aside: what a model of unknown AAGUID may still meet. */
const withoutNamedAllowList = (profile: PasskeyProfile): PasskeyProfile => {
  const r = profile.keyRestrictions;
  const names = (r?.aaGuids ?? []).length > 0;
  return r?.isEnforced && r.enforcementType?.toLowerCase() === 'allow' && names
    ? { ...profile, keyRestrictions: null }
    : profile;
};

/** The reasons every profile in reach refuses every one of the keys, or undefined when one accepts one. */
function refusal(
  reach: PasskeyReach & { kind: 'profiles' },
  likely: (typeof LIKELY)[number],
): string[] | undefined {
  const profiles = likely.generic ? reach.profiles.map(withoutNamedAllowList) : reach.profiles;
  let reasons: string[] | undefined;
  for (const key of likely.keys) {
    const verdict = keyVerdict({ ...reach, profiles, unresolved: false, exclusionUnknown: false }, key, true);
    if (verdict.status !== 'refused') return undefined;
    reasons ??= verdict.reasons;
  }
  return reasons;
}

function restrictionLine(profile: PasskeyProfile, names: (aaGuid: string) => string): string | undefined {
  const r = profile.keyRestrictions;
  const listed = (r?.aaGuids ?? []).flatMap((g) => (g ? [names(g)] : []));
  if (!r?.isEnforced || listed.length === 0) return undefined;
  const verb = r.enforcementType?.toLowerCase() === 'allow' ? 'allows only' : 'blocks';
  return `${profileName(profile)} ${verb} these authenticators: ${listed.join(', ')}.`;
}

/**
 * What in the passkey policy would stop or limit the user registering a passkey, as sentences; nothing when the
 * policy allows it. With the user's groups (transitive, id → name) the profiles that reach them are resolved;
 * without, a policy that targets or excludes groups gets a line saying so, never a guess that the user is in
 * or out.
 */
export function passkeyReadiness(
  policy: PasskeyPolicy,
  groups?: ReadonlyMap<string, string>,
  names: (aaGuid: string) => string = (g) => g,
): Readiness {
  const reach = passkeyReach(policy, groups);
  if (reach.kind === 'disabled')
    return {
      warnings: [
        'Passkeys (FIDO2) are disabled in the authentication methods policy: the user cannot register one. An Authentication Policy Administrator can enable them.',
      ],
      notes: [],
    };
  if (reach.kind === 'excluded')
    return {
      warnings: [
        `The user is in ${reach.groups.join(', ')}, which the passkey policy excludes: they cannot register a passkey while they are in it.`,
      ],
      notes: [],
    };
  const lines: string[] = [];
  const notes: string[] = [];
  if (policy.isSelfServiceRegistrationAllowed === false)
    lines.push(
      'The policy does not let users register passkeys themselves, so a pass will not get them one.',
    );
  if (reach.unresolved) {
    const targetsAll = (policy.includeTargets ?? []).some((t) => t.id === 'all_users');
    if (!targetsAll)
      lines.push('The policy enables passkeys for some groups only: check that the user is in one of them.');
    if ((policy.excludeTargets ?? []).length > 0)
      lines.push('The policy excludes some groups from passkeys: check that the user is in none of them.');
  } else if (reach.profiles.length === 0)
    lines.push(
      'No passkey profile reaches the user: the policy targets neither all users nor a group they are in.',
    );
  const profiles = reach.profiles.length > 0 || reach.unresolved ? reach.profiles : [];
  if (profiles.length > 0) {
    const allowed = profiles.map(profileName);
    if ((policy.passkeyProfiles ?? []).length > 0)
      notes.push(
        `Profiles that reach the user${reach.unresolved ? ' (all users only)' : ''}: ${allowed.join(', ')}.`,
      );
    for (const likely of LIKELY) {
      const reasons = refusal(reach, likely);
      // With the user's groups unread, a profile for one of their groups may yet accept it.
      if (reasons)
        lines.push(
          `${reach.unresolved ? 'May be refused' : 'Refused'}: ${likely.label} (${reasons.join('; ')}).`,
        );
    }
    for (const profile of profiles) {
      const line = restrictionLine(profile, names);
      if (line) notes.push(line);
    }
  }
  if (
    (policy.passkeyProfiles ?? []).length === 0 &&
    effectiveProfiles(policy)[0]?.attestationEnforcement === 'registrationOnly'
  )
    lines.push(
      'The policy requires attestation: synced passkeys and authenticators that cannot prove their model are refused.',
    );
  return { warnings: [...lines, ...policyProblems(policy)], notes };
}
