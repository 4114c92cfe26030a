import type { Fido2Policy } from '../api/passkey-watch.ts';

/**
 * What in the passkey policy would stop or limit the user registering a passkey, as sentences; nothing when the
 * policy allows it. Group targeting is not resolved here (the user's groups are not read), nor which profile a
 * target names: a policy that targets or excludes groups gets a line saying so, never a guess that the user is
 * in or out.
 */
export function passkeyReadiness(policy: Fido2Policy): string[] {
  const lines: string[] = [];
  if (policy.state === 'disabled')
    return [
      'Passkeys (FIDO2) are disabled in the authentication methods policy: the user cannot register one. An Authentication Policy Administrator can enable them.',
    ];
  if (policy.isSelfServiceRegistrationAllowed === false)
    lines.push(
      'The policy does not let users register passkeys themselves, so a pass will not get them one.',
    );
  const targetsAll = (policy.includeTargets ?? []).some((t) => t.id === 'all_users');
  if (!targetsAll)
    lines.push('The policy enables passkeys for some groups only: check that the user is in one of them.');
  if ((policy.excludeTargets ?? []).length > 0)
    lines.push('The policy excludes some groups from passkeys: check that the user is in none of them.');
  // The settings before passkey profiles, still honoured where a tenant has no profiles.
  const legacy = policy.keyRestrictions;
  if ((policy.passkeyProfiles ?? []).length === 0 && legacy?.isEnforced && (legacy.aaGuids ?? []).length > 0)
    lines.push(
      legacy.enforcementType === 'allow'
        ? 'The policy allows only listed authenticators (by AAGUID): a passkey from any other is refused.'
        : 'The policy blocks some authenticators (by AAGUID): a passkey from one of them is refused.',
    );
  if ((policy.passkeyProfiles ?? []).length === 0 && policy.isAttestationEnforced)
    lines.push(
      'The policy requires attestation: synced passkeys and authenticators that cannot prove their model are refused.',
    );
  const profiles = policy.passkeyProfiles ?? [];
  const types = (p: { passkeyTypes?: string }) =>
    (p.passkeyTypes ?? '').split(',').map((t) => t.trim().toLowerCase());
  if (profiles.length > 0 && profiles.every((p) => !types(p).includes('synced')))
    lines.push(
      'No passkey profile allows synced passkeys: a passkey in iCloud Keychain, Google Password Manager or another password manager will be refused; a security key or Microsoft Authenticator works.',
    );
  if (profiles.length > 0 && profiles.every((p) => !types(p).includes('devicebound')))
    lines.push(
      'No passkey profile allows device-bound passkeys: security keys and Microsoft Authenticator will be refused.',
    );
  if (profiles.some((p) => p.attestationEnforcement === 'registrationOnly'))
    lines.push(
      'A passkey profile requires attestation: an authenticator that cannot prove its make and model may be refused.',
    );
  return lines;
}
