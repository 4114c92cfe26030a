/** The legacy credentialUserRegistrationDetails row, derived from the live registration row (§3.10). */
import { registrationRowOf, reportedUsers } from './registration-details.ts';
import type { Tenant, TenantUser } from './model.ts';

/** `registrationAuthMethod` members, in the enum's order (§3.9). */
export const REGISTRATION_AUTH_METHODS = [
  'email',
  'mobilePhone',
  'officePhone',
  'securityQuestion',
  'appNotification',
  'appCode',
  'alternateMobilePhone',
  'fido',
  'appPassword',
] as const;
export type RegistrationAuthMethod = (typeof REGISTRATION_AUTH_METHODS)[number];

// The legacy vocabulary predates Windows Hello, platform credentials and TAP: those have no member and
// are left out, as the retired report did.
const LEGACY_NAMES: Readonly<Record<string, readonly RegistrationAuthMethod[]>> = {
  email: ['email'],
  mobilePhone: ['mobilePhone'],
  alternateMobilePhone: ['alternateMobilePhone'],
  officePhone: ['officePhone'],
  securityQuestion: ['securityQuestion'],
  microsoftAuthenticatorPush: ['appNotification', 'appCode'],
  microsoftAuthenticatorPasswordless: ['appNotification'],
  softwareOneTimePasscode: ['appCode'],
  hardwareOneTimePasscode: ['appCode'],
  fido2SecurityKey: ['fido'],
  passKeyDeviceBound: ['fido'],
  passKeyDeviceBoundAuthenticator: ['fido'],
  passKeyDeviceBoundWindowsHello: ['fido'],
  passKeySynced: ['fido'],
};

export interface CredentialRegistrationRow {
  id: string;
  userPrincipalName: string;
  userDisplayName: string;
  authMethods: RegistrationAuthMethod[];
  isRegistered: boolean;
  isEnabled: boolean;
  isCapable: boolean;
  isMfaRegistered: boolean;
}

export function registrationAuthMethodsOf(methodsRegistered: readonly string[]): RegistrationAuthMethod[] {
  const found = new Set(methodsRegistered.flatMap((name) => LEGACY_NAMES[name] ?? []));
  return REGISTRATION_AUTH_METHODS.filter((m) => found.has(m));
}

export function credentialRegistrationRowOf(
  tenant: Tenant,
  user: TenantUser,
  now: number,
): CredentialRegistrationRow {
  const row = registrationRowOf(tenant, user, now);
  return {
    id: row.id,
    userPrincipalName: row.userPrincipalName,
    userDisplayName: row.userDisplayName,
    authMethods: registrationAuthMethodsOf(row.methodsRegistered),
    isRegistered: row.isSsprRegistered,
    isEnabled: row.isSsprEnabled,
    isCapable: row.isSsprCapable,
    isMfaRegistered: row.isMfaRegistered,
  };
}

/** getCredentialUserRegistrationCount: the enabled accounts and how many of them reach each status. */
export function credentialRegistrationCount(tenant: Tenant, now: number) {
  const rows = reportedUsers(tenant).map((u) => credentialRegistrationRowOf(tenant, u, now));
  const count = (flag: (r: CredentialRegistrationRow) => boolean) => rows.filter(flag).length;
  return {
    totalUserCount: tenant.users.filter((u) => u.accountEnabled).length,
    userRegistrationCounts: [
      { registrationStatus: 'registered', registrationCount: count((r) => r.isRegistered) },
      { registrationStatus: 'enabled', registrationCount: count((r) => r.isEnabled) },
      { registrationStatus: 'capable', registrationCount: count((r) => r.isCapable) },
      { registrationStatus: 'mfaRegistered', registrationCount: count((r) => r.isMfaRegistered) },
    ],
  };
}
