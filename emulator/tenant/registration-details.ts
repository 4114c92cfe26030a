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

const cache = new WeakMap<TenantUser, { version: number; minute: number; row: RegistrationRow }>();

/** Derives the report row from live method state; cached per user until it changes. */
export function registrationRowOf(tenant: Tenant, user: TenantUser, now: number): RegistrationRow {
  if (tenant.reportLagMs > 0) {
    // The report shows the user as they were `reportLagMs` ago: the row from before the first later change.
    const asOf = now - tenant.reportLagMs;
    const change = history.get(user)?.find((c) => c.changedAt > asOf);
    if (change) return change.rowBefore;
  }
  return currentRowOf(tenant, user, now);
}

/** The row from the user's live state, ignoring any report lag. */
export function currentRowOf(tenant: Tenant, user: TenantUser, now: number): RegistrationRow {
  // Only a Temporary Access Pass makes a row change with time, so only those rows expire by the minute.
  const minute = user.methods.some((m) => m.kind === 'temporaryAccessPass') ? Math.floor(now / 60_000) : 0;
  const cached = cache.get(user);
  if (cached && cached.version === user.version && cached.minute === minute) return cached.row;

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
    isSystemPreferredAuthenticationMethodEnabled:
      user.systemPreferredEnabled ?? policy.systemPreferredEnabled,
    methodsRegistered,
    systemPreferredAuthenticationMethods: systemPreferredOf(user),
    userPreferredMethodForSecondaryAuthentication: user.defaultMethod,
    defaultMfaMethod: DEFAULT_MFA_METHOD[user.defaultMethod],
    lastUpdatedDateTime: new Date(Math.max(Date.parse(tenant.generatedAt), lastChangeOf(user))).toISOString(),
  };
  cache.set(user, { version: user.version, minute, row });
  return row;
}

const lastChange = new WeakMap<TenantUser, number>();
const history = new WeakMap<TenantUser, { changedAt: number; rowBefore: RegistrationRow }[]>();
const HISTORY_MS = 48 * 3_600_000;

/**
 * Records a change to a user's methods (call it after mutating, before anything re-reads the row):
 * the report row's timestamp moves, and with a report lag the row from before stays visible a while.
 */
export function markUserChanged(tenant: Tenant, user: TenantUser, now: number): void {
  if (tenant.reportLagMs > 0) {
    // Still cached at the old version, the row is the one from before this change.
    const before = cache.get(user);
    if (before && before.version === user.version) {
      const entries = (history.get(user) ?? []).filter((c) => c.changedAt > now - HISTORY_MS);
      entries.push({ changedAt: now, rowBefore: before.row });
      history.set(user, entries);
    }
  }
  user.version++;
  lastChange.set(user, now);
}

function lastChangeOf(user: TenantUser): number {
  return lastChange.get(user) ?? 0;
}

/** The report omits disabled accounts (docs/graph-notes.md §3.1, beta page). */
export function reportedUsers(tenant: Tenant): TenantUser[] {
  return tenant.users.filter((u) => u.accountEnabled);
}
