import { STRENGTH_CLASSES, type StrengthClass } from '../../../entra-facts/strength-classes.ts';

/**
 * How strong a user's sign-in can be, from the registration report's `methodsRegistered` strings
 * (docs/graph-notes.md §3.1). Shared by the Overview (counting) and the users list (its `$filter`), so the
 * number on a group and the list behind it follow one rule.
 */

export const STRENGTH_LABELS: Record<StrengthClass, string> = {
  phishingResistant: 'Phishing-resistant',
  strong: 'Strong',
  weakOnly: 'Weak only',
  none: 'None',
};

export const STRENGTH_DESCRIPTIONS: Record<StrengthClass, string> = {
  phishingResistant: 'Passkey, FIDO2 key, Windows Hello for Business or platform credential',
  strong: 'Authenticator or OATH code, but nothing phishing-resistant',
  weakOnly: 'Only phone (SMS/voice), email or security questions',
  none: 'No sign-in method beyond the password (or a Temporary Access Pass)',
};

/** Phishing-resistant, including the docs' spellings (`fido`, `windowsHellowForBusiness`, §9). */
export const PHISHING_RESISTANT_METHODS: readonly string[] = [
  'passKeyDeviceBound',
  'passKeyDeviceBoundAuthenticator',
  'passKeyDeviceBoundWindowsHello',
  'passKeySynced',
  'fido2SecurityKey',
  'fido',
  'fido2',
  'windowsHelloForBusiness',
  'windowsHellowForBusiness',
  'macOsSecureEnclaveKey',
  'platformCredential',
  'x509Certificate',
  'x509CertificateMultiFactor',
  'certificateBasedAuthentication',
];

/** A second factor that a phishing site can relay, but not a phone or email code. */
export const STRONG_METHODS: readonly string[] = [
  'microsoftAuthenticatorPush',
  'microsoftAuthenticatorPasswordless',
  'softwareOneTimePasscode',
  'hardwareOneTimePasscode',
  // An external (third-party) MFA provider satisfies MFA in Entra; its phishing resistance is unknown.
  'externalAuthMethod',
];

export const WEAK_METHODS: readonly string[] = [
  'mobilePhone',
  'alternateMobilePhone',
  'officePhone',
  'email',
  'securityQuestion',
];

/** Registered but never a sign-in factor on their own: they do not raise a user's class. */
export const IGNORED_METHODS: readonly string[] = ['password', 'temporaryAccessPass'];

const CLASS_OF = new Map<string, StrengthClass>([
  ...PHISHING_RESISTANT_METHODS.map((m) => [m, 'phishingResistant'] as const),
  ...STRONG_METHODS.map((m) => [m, 'strong'] as const),
  ...WEAK_METHODS.map((m) => [m, 'weakOnly'] as const),
]);
const IGNORED = new Set(IGNORED_METHODS);

export interface UserStrength {
  strength: StrengthClass;
  /** Strings this app does not know (future methods): shown to the reader, never dropped. */
  unrecognised: string[];
}

/** A user's strongest class; unknown strings do not count towards it but are reported back. */
export function classifyMethods(
  methods: readonly (string | null | undefined)[] | null | undefined,
): UserStrength {
  let best = STRENGTH_CLASSES.length - 1;
  const unrecognised: string[] = [];
  for (const method of methods ?? []) {
    if (!method || IGNORED.has(method)) continue;
    const cls = CLASS_OF.get(method);
    if (cls === undefined) {
      if (!unrecognised.includes(method)) unrecognised.push(method);
      continue;
    }
    best = Math.min(best, STRENGTH_CLASSES.indexOf(cls));
  }
  return { strength: STRENGTH_CLASSES[best] as StrengthClass, unrecognised };
}

export function isStrengthClass(value: string | null | undefined): value is StrengthClass {
  return STRENGTH_CLASSES.includes(value as StrengthClass);
}
