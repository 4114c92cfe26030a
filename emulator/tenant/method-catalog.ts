import type { AuthMethod, DefaultMethod } from './model.ts';

/** Well-known method ids (docs/graph-notes.md §4.0). */
export const WELL_KNOWN_ID = {
  mobile: '3179e48a-750b-4051-897c-87b9720928f7',
  alternateMobile: 'b6332ec1-7057-4abe-9331-3d72feddfe41',
  office: 'e37fc753-ff3b-4958-9484-eaa9425c82bc',
  email: '3ddfcfc8-9383-446f-83cc-3ab9be4be18f',
  password: '28c10230-6103-485e-b985-444c60001490',
} as const;

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

/** Every method string the reports know, in the order usersRegisteredByMethod lists them. */
export const REPORTED_METHODS = [
  'password',
  'email',
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
  'temporaryAccessPass',
  'securityQuestion',
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
