/** Human names for the usage reports' `usageAuthMethod` values; unknown future values are shown, not dropped. */
const LABELS: Record<string, string> = {
  email: 'Email',
  mobileSMS: 'Mobile phone (SMS)',
  mobileCall: 'Mobile phone (call)',
  officePhone: 'Office phone',
  alternateMobileCall: 'Alternate mobile (call)',
  securityQuestion: 'Security questions',
  appNotification: 'Authenticator (notification)',
  appCode: 'Authenticator (code)',
  appPassword: 'App password',
  fido: 'FIDO2 security key',
  externalAuthMethod: 'External method',
  hardwareOneTimePasscode: 'Hardware OATH token',
  windowsHelloForBusiness: 'Windows Hello for Business',
  microsoftAuthenticatorPasswordless: 'Authenticator (phone sign-in)',
  temporaryAccessPass: 'Temporary Access Pass',
  macOsSecureEnclaveKey: 'macOS Platform SSO key',
  passKeyDeviceBound: 'Passkey (security key)',
  passKeyDeviceBoundAuthenticator: 'Passkey (Authenticator)',
  passKeyDeviceBoundWindowsHello: 'Passkey (Windows Hello)',
  softwareOneTimePasscode: 'Software OATH token',
  microsoftAuthenticatorPush: 'Authenticator (push)',
  mobilePhone: 'Mobile phone',
  sms: 'SMS',
  alternateMobilePhone: 'Alternate mobile phone',
  fido2SecurityKey: 'FIDO2 security key',
  oneTimePasscode: 'One-time passcode',
  passKeySynced: 'Passkey (synced)',
  qrCode: 'QR code',
  // Sent in place of a newer value when the client did not ask for evolvable enum members.
  unknownFutureValue: 'Newer method (not named by Graph)',
};

export const FEATURE_LABELS: Record<string, string> = {
  registration: 'Registration',
  reset: 'Password reset',
};

function humanize(raw: string): string {
  const spaced = raw.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function usageMethodLabel(method: string | null | undefined): string {
  if (!method) return 'Unknown method';
  return LABELS[method] ?? humanize(method);
}

export function featureLabel(feature: string | null | undefined): string {
  if (!feature) return 'Unknown';
  return FEATURE_LABELS[feature] ?? humanize(feature);
}
