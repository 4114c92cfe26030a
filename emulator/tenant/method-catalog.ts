import { REGISTERED_METHOD_STRINGS } from '../../entra-facts/report-methods.ts';
import { WELL_KNOWN_METHOD_ID } from '../../entra-facts/well-known-method-ids.ts';
import type { AuthMethod, DefaultMethod } from './model.ts';

export const WELL_KNOWN_ID = WELL_KNOWN_METHOD_ID;

/** The `methodsRegistered` strings a stored method contributes to the registration report. */
export function reportNamesOf(method: AuthMethod): string[] {
  switch (method.kind) {
    case 'phone':
      return [
        method.phoneType === 'mobile'
          ? 'mobilePhone'
          : method.phoneType === 'alternateMobile'
            ? 'alternateMobilePhone'
            : 'officePhone',
      ];
    case 'email':
      return ['email'];
    case 'fido2':
      return [method.reportName];
    case 'microsoftAuthenticator':
      return method.passwordless
        ? ['microsoftAuthenticatorPush', 'microsoftAuthenticatorPasswordless']
        : ['microsoftAuthenticatorPush'];
    case 'softwareOath':
      return ['softwareOneTimePasscode'];
    case 'temporaryAccessPass':
      return ['temporaryAccessPass'];
    case 'windowsHelloForBusiness':
      return ['windowsHelloForBusiness'];
    case 'platformCredential':
      return method.platform === 'macOS' ? ['macOsSecureEnclaveKey'] : ['platformCredential'];
    case 'password':
      return [];
  }
}

/** Every method string the reports know, in the order usersRegisteredByMethod lists them; the seeded tenant
 * has no external method. */
export const REPORTED_METHODS = [
  'password',
  ...REGISTERED_METHOD_STRINGS.filter((m) => m !== 'externalAuthMethod'),
] as const;

/** Methods that satisfy MFA registration. */
export const MFA_METHODS: ReadonlySet<string> = new Set([
  'mobilePhone',
  'alternateMobilePhone',
  'officePhone',
  'microsoftAuthenticatorPush',
  'microsoftAuthenticatorPasswordless',
  'softwareOneTimePasscode',
  'hardwareOneTimePasscode',
  'passKeyDeviceBound',
  'passKeyDeviceBoundAuthenticator',
  'passKeyDeviceBoundWindowsHello',
  'passKeySynced',
  'fido2SecurityKey',
  'windowsHelloForBusiness',
  'macOsSecureEnclaveKey',
]);

/** Methods self-service password reset accepts. */
export const SSPR_METHODS: ReadonlySet<string> = new Set([
  'mobilePhone',
  'alternateMobilePhone',
  'officePhone',
  'email',
  'microsoftAuthenticatorPush',
  'softwareOneTimePasscode',
  'securityQuestion',
]);

/** Methods that make a user passwordless capable. */
export const PASSWORDLESS_METHODS: ReadonlySet<string> = new Set([
  'microsoftAuthenticatorPasswordless',
  'passKeyDeviceBound',
  'passKeyDeviceBoundAuthenticator',
  'passKeyDeviceBoundWindowsHello',
  'passKeySynced',
  'fido2SecurityKey',
  'windowsHelloForBusiness',
  'macOsSecureEnclaveKey',
]);

/** The beta `defaultMfaMethod` value matching a user's preferred second factor. */
export const DEFAULT_MFA_METHOD: Record<DefaultMethod, string> = {
  push: 'microsoftAuthenticatorPush',
  oath: 'softwareOneTimePasscode',
  voiceMobile: 'mobilePhone',
  sms: 'mobilePhone',
  voiceAlternateMobile: 'alternateMobilePhone',
  voiceOffice: 'officePhone',
  none: 'none',
};
