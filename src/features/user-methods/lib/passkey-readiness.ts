import {
  effectiveProfiles,
  keyVerdict,
  passkeyReach,
  policyProblems,
  profileName,
  type KeyFacts,
  type PasskeyPolicy,
  type PasskeyProfile,
} from '../../../domain/passkeys/passkey-profiles.ts';

/** What stands in the way (warnings), and what the profiles that reach the user allow (notes). */
export interface Readiness {
  warnings: string[];
  notes: string[];
}

/** The authenticators a user is likely to bring, as the rules see them at registration. */
const LIKELY: { label: string; key: KeyFacts }[] = [
  {
    label: 'a security key',
    key: { aaGuid: '', passkeyType: 'deviceBound', attestationLevel: 'attested' },
  },
  {
    label: 'a passkey in Microsoft Authenticator',
    // entra-docs how-to-enable-authenticator-passkey.md: attested through App Attest or Play Integrity.
    key: {
      aaGuid: '90a3ccdf-635c-4729-a248-9b709135078f',
      passkeyType: 'deviceBound',
      attestationLevel: 'attested',
    },
  },
  {
    label: 'a synced passkey (iCloud Keychain, Google Password Manager or a password manager)',
    key: { aaGuid: '', passkeyType: 'synced', attestationLevel: 'notAttested' },
  },
];

function restrictionLine(profile: PasskeyProfile, names: (aaGuid: string) => string): string | undefined {
  const r = profile.keyRestrictions;
  const listed = (r?.aaGuids ?? []).flatMap((g) => (g ? [names(g)] : []));
  if (!r?.isEnforced || listed.length === 0) return undefined;
  const verb = r.enforcementType === 'allow' ? 'allows only' : 'blocks';
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
    for (const { label, key } of LIKELY) {
      const verdict = keyVerdict({ ...reach, unresolved: false }, key, true);
      if (verdict.status === 'refused') lines.push(`Refused: ${label} (${verdict.reasons.join('; ')}).`);
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
