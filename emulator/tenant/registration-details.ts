import {
  DEFAULT_MFA_METHOD,
  MFA_METHODS,
  PASSWORDLESS_METHODS,
  reportNamesOf,
  SSPR_METHODS,
} from './method-catalog.ts';
import type { AuthMethod, Tenant, TemporaryAccessPassMethod, TenantUser } from './model.ts';

/** One row of `userRegistrationDetails`, as the beta endpoint returns it (v1.0 drops defaultMfaMethod). */
export interface RegistrationRow {
  id: string;
  userPrincipalName: string;
  userDisplayName: string;
  userType: 'member' | 'guest';
  isAdmin: boolean;
  isSsprRegistered: boolean;
  isSsprEnabled: boolean;
  isSsprCapable: boolean;
  isMfaRegistered: boolean;
  isMfaCapable: boolean;
  isPasswordlessCapable: boolean;
  isSystemPreferredAuthenticationMethodEnabled: boolean;
  methodsRegistered: string[];
  systemPreferredAuthenticationMethods: string[];
  userPreferredMethodForSecondaryAuthentication: string;
  defaultMfaMethod: string;
  lastUpdatedDateTime: string;
}

export function isTapUsable(tap: TemporaryAccessPassMethod, now: number): boolean {
  const start = Date.parse(tap.startDateTime);
  return !tap.used && now >= start && now < start + tap.lifetimeInMinutes * 60_000;
}

function methodsRegisteredOf(user: TenantUser, now: number): string[] {
  const names = new Set<string>();
  for (const method of user.methods) {
    if (method.kind === 'temporaryAccessPass' && !isTapUsable(method, now)) continue;
    for (const name of reportNamesOf(method)) names.add(name);
  }
  if (user.securityQuestions) names.add('securityQuestion');
  return [...names];
}

// Entra's system-preferred order among the values this property documents.
const SYSTEM_PREFERRED_ORDER: readonly [string, (m: AuthMethod) => boolean][] = [
  ['push', (m) => m.kind === 'microsoftAuthenticator'],
  ['sms', (m) => m.kind === 'phone' && m.phoneType === 'mobile'],
  ['oath', (m) => m.kind === 'softwareOath'],
  ['voiceMobile', (m) => m.kind === 'phone' && m.phoneType === 'mobile'],
  ['voiceAlternateMobile', (m) => m.kind === 'phone' && m.phoneType === 'alternateMobile'],
  ['voiceOffice', (m) => m.kind === 'phone' && m.phoneType === 'office'],
];

function systemPreferredOf(user: TenantUser): string[] {
  const found = SYSTEM_PREFERRED_ORDER.find(([, has]) => user.methods.some(has));
  return [found ? found[0] : 'none'];
}

const cache = new WeakMap<TenantUser, { version: number; day: number; row: RegistrationRow }>();

/** Derives the report row from live method state; cached per user until it changes. */
export function registrationRowOf(tenant: Tenant, user: TenantUser, now: number): RegistrationRow {
  // TAP usability moves with time, so a cached row is also keyed by the minute.
  const minute = Math.floor(now / 60_000);
  const cached = cache.get(user);
  if (cached && cached.version === user.version && cached.day === minute) return cached.row;

  const { policy } = tenant;
  const methodsRegistered = methodsRegisteredOf(user, now);
  const isAdmin = user.roles.length > 0;
  const allowed = (name: string) => !policy.disabledMethods.has(name);
  const isMfaRegistered = methodsRegistered.some((m) => MFA_METHODS.has(m));
  const isMfaCapable = methodsRegistered.some((m) => MFA_METHODS.has(m) && allowed(m));
  const ssprCount = methodsRegistered.filter((m) => SSPR_METHODS.has(m)).length;
  const required = isAdmin ? policy.adminSsprMethodsRequired : policy.ssprMethodsRequired;
  const isSsprRegistered = ssprCount >= required;
  const isSsprEnabled = isAdmin || (user.userType === 'member' && user.ssprTargeted);

  const row: RegistrationRow = {
    id: user.id,
    userPrincipalName: user.userPrincipalName,
    userDisplayName: user.displayName,
    userType: user.userType,
    isAdmin,
    isSsprRegistered,
    isSsprEnabled,
    isSsprCapable: isSsprRegistered && isSsprEnabled,
    isMfaRegistered,
    isMfaCapable,
    isPasswordlessCapable: methodsRegistered.some((m) => PASSWORDLESS_METHODS.has(m) && allowed(m)),
    isSystemPreferredAuthenticationMethodEnabled: policy.systemPreferredEnabled,
    methodsRegistered,
    systemPreferredAuthenticationMethods: systemPreferredOf(user),
    userPreferredMethodForSecondaryAuthentication: user.defaultMethod,
    defaultMfaMethod: DEFAULT_MFA_METHOD[user.defaultMethod],
    lastUpdatedDateTime: new Date(Math.max(Date.parse(tenant.generatedAt), lastChangeOf(user))).toISOString(),
  };
  cache.set(user, { version: user.version, day: minute, row });
  return row;
}

const lastChange = new WeakMap<TenantUser, number>();

/** Records when a user's methods last changed, so the report row's timestamp moves with it. */
export function markUserChanged(user: TenantUser, now: number): void {
  user.version++;
  lastChange.set(user, now);
}

function lastChangeOf(user: TenantUser): number {
  return lastChange.get(user) ?? 0;
}

/** The report omits disabled accounts (graph-contract.md §3.1, beta page). */
export function reportedUsers(tenant: Tenant): TenantUser[] {
  return tenant.users.filter((u) => u.accountEnabled);
}
