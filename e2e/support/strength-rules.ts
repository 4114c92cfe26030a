import type { StrengthClass } from '../../entra-facts/strength-classes.ts';

/**
 * The method-strength rules written out again for the tests, independent of the app's code, so a
 * mistake in the app's classification cannot also hide in the expected numbers.
 */
const PHISHING_RESISTANT = new Set([
  'passKeyDeviceBound',
  'passKeyDeviceBoundAuthenticator',
  'passKeyDeviceBoundWindowsHello',
  'passKeySynced',
  'fido2SecurityKey',
  'windowsHelloForBusiness',
  'macOsSecureEnclaveKey',
  'platformCredential',
]);
const STRONG = new Set([
  'microsoftAuthenticatorPush',
  'microsoftAuthenticatorPasswordless',
  'softwareOneTimePasscode',
  'hardwareOneTimePasscode',
  'externalAuthMethod',
]);
const WEAK = new Set(['mobilePhone', 'alternateMobilePhone', 'officePhone', 'email', 'securityQuestion']);

export type Strength = StrengthClass;

export function strengthOf(methods: readonly string[] | null | undefined): Strength {
  const m = methods ?? [];
  if (m.some((x) => PHISHING_RESISTANT.has(x))) return 'phishingResistant';
  if (m.some((x) => STRONG.has(x))) return 'strong';
  if (m.some((x) => WEAK.has(x))) return 'weakOnly';
  return 'none';
}
