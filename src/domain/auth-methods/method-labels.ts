/** Human names for the reports' method strings; unknown future strings are shown, never dropped. */
const LABELS: Record<string, string> = {
  password: 'Password',
  email: 'Email',
  mobilePhone: 'Mobile phone',
  alternateMobilePhone: 'Alternate mobile phone',
  officePhone: 'Office phone',
  microsoftAuthenticatorPush: 'Authenticator (push)',
  microsoftAuthenticatorPasswordless: 'Authenticator (phone sign-in)',
  softwareOneTimePasscode: 'Software OATH token',
  hardwareOneTimePasscode: 'Hardware OATH token',
  passKeyDeviceBound: 'Passkey (security key)',
  passKeyDeviceBoundAuthenticator: 'Passkey (Authenticator)',
  passKeyDeviceBoundWindowsHello: 'Passkey (Windows Hello)',
  passKeySynced: 'Passkey (synced)',
  fido2SecurityKey: 'FIDO2 security key',
  fido: 'FIDO2 security key',
  windowsHelloForBusiness: 'Windows Hello for Business',
  // A typo in the beta docs' sample (docs/graph-notes.md §9.5); read it as the real name.
  windowsHellowForBusiness: 'Windows Hello for Business',
  macOsSecureEnclaveKey: 'macOS Platform SSO key',
  temporaryAccessPass: 'Temporary Access Pass',
  securityQuestion: 'Security questions',
  externalAuthMethod: 'External method',
  // Secondary / system-preferred / default MFA method enums (docs/graph-notes.md §3.1).
  push: 'Authenticator (push)',
  oath: 'OATH code',
  sms: 'SMS',
  voiceMobile: 'Voice call (mobile)',
  voiceAlternateMobile: 'Voice call (alternate mobile)',
  voiceOffice: 'Voice call (office)',
  none: 'None',
};

/** `someNewMethod` → `Some new method`. */
function humanize(raw: string): string {
  const spaced = raw.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function methodLabel(method: string): string {
  return LABELS[method] ?? humanize(method);
}
