/**
 * The `methodsRegistered` strings of the registration report that the docs' samples and common scripts show
 * (docs/graph-notes.md §3.1), in the order usersRegisteredByMethod lists them. The field is free text: Graph
 * may send others, which the app shows as they come.
 */
export const REGISTERED_METHOD_STRINGS = [
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
  'externalAuthMethod',
] as const;

export type RegisteredMethodString = (typeof REGISTERED_METHOD_STRINGS)[number];
