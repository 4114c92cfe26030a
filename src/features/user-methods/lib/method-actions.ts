import type { MethodKind } from '../../../domain/auth-methods/method-kinds.ts';

/** What a person calls the thing being removed, for the confirmation sentence. */
export const KIND_NOUN: Record<MethodKind, string> = {
  fido2: 'passkey (FIDO2 security key)',
  microsoftAuthenticator: 'Microsoft Authenticator registration',
  windowsHelloForBusiness: 'Windows Hello for Business credential',
  platformCredential: 'platform credential (Platform SSO)',
  softwareOath: 'software OATH token',
  hardwareOath: 'hardware OATH token',
  temporaryAccessPass: 'Temporary Access Pass',
  phone: 'phone',
  email: 'email address',
  password: 'password',
  other: 'method',
};

/** A passkey is the hardest method to get back: deleting one takes a typed confirmation. */
export function needsTypedConfirmation(kind: MethodKind): boolean {
  return kind === 'fido2';
}

/** The typed text matches the UPN (case-insensitive, as UPNs are) or the key's exact name. */
export function confirmationMatches(typed: string, upn: string, keyName: string | undefined): boolean {
  const text = typed.trim();
  if (!text) return false;
  // One rule for both: case never matters, as in search.
  const same = (other: string) => text.toLowerCase() === other.trim().toLowerCase();
  return same(upn) || (!!keyName && same(keyName));
}

/** Names can be 5,000 characters long: sentences quote the start, the full text stays in the list. */
export function shortName(name: string, max = 80): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max).join('')}…`;
}
