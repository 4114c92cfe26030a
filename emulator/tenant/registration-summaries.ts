import { REPORTED_METHODS } from './method-catalog.ts';
import type { Tenant, TenantUser } from './model.ts';
import { registrationRowOf, reportedUsers, type RegistrationRow } from './registration-details.ts';
import { PRIVILEGED_REPORT_ROLES } from './roles.ts';

export const INCLUDED_USER_TYPES = ['all', 'member', 'guest'] as const;
export const INCLUDED_USER_ROLES = ['all', 'privilegedAdmin', 'admin', 'user'] as const;
export type IncludedUserTypes = (typeof INCLUDED_USER_TYPES)[number];
export type IncludedUserRoles = (typeof INCLUDED_USER_ROLES)[number];

export interface SummaryScope {
  userTypes: IncludedUserTypes;
  userRoles: IncludedUserRoles;
}

function inScope(user: TenantUser, scope: SummaryScope): boolean {
  if (scope.userTypes !== 'all' && user.userType !== scope.userTypes) return false;
  switch (scope.userRoles) {
    case 'all':
      return true;
    case 'admin':
      return user.roles.length > 0;
    case 'user':
      return user.roles.length === 0;
    case 'privilegedAdmin':
      return user.roles.some((r) => PRIVILEGED_REPORT_ROLES.has(r));
  }
}

function rowsInScope(tenant: Tenant, scope: SummaryScope, now: number): RegistrationRow[] {
  return reportedUsers(tenant)
    .filter((u) => inScope(u, scope))
    .map((u) => registrationRowOf(tenant, u, now));
}

export const FEATURES = [
  'ssprRegistered',
  'ssprEnabled',
  'ssprCapable',
  'passwordlessCapable',
  'mfaCapable',
] as const;

const FEATURE_FLAG: Record<(typeof FEATURES)[number], keyof RegistrationRow> = {
  ssprRegistered: 'isSsprRegistered',
  ssprEnabled: 'isSsprEnabled',
  ssprCapable: 'isSsprCapable',
  passwordlessCapable: 'isPasswordlessCapable',
  mfaCapable: 'isMfaCapable',
};

export function usersRegisteredByFeature(tenant: Tenant, scope: SummaryScope, now: number) {
  const rows = rowsInScope(tenant, scope, now);
  return {
    '@odata.type': '#microsoft.graph.userRegistrationFeatureSummary',
    totalUserCount: rows.length,
    userTypes: scope.userTypes,
    userRoles: scope.userRoles,
    userRegistrationFeatureCounts: FEATURES.map((feature) => ({
      feature,
      userCount: rows.filter((r) => r[FEATURE_FLAG[feature]] === true).length,
    })),
  };
}

export function usersRegisteredByMethod(tenant: Tenant, scope: SummaryScope, now: number) {
  const users = reportedUsers(tenant).filter((u) => inScope(u, scope));
  const counts = new Map<string, number>(REPORTED_METHODS.map((m) => [m, 0]));
  for (const user of users) {
    const row = registrationRowOf(tenant, user, now);
    const names = user.userType === 'member' ? ['password', ...row.methodsRegistered] : row.methodsRegistered;
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return {
    '@odata.type': '#microsoft.graph.userRegistrationMethodSummary',
    totalUserCount: users.length,
    userTypes: scope.userTypes,
    userRoles: scope.userRoles,
    userRegistrationMethodCounts: [...counts].map(([authenticationMethod, userCount]) => ({
      authenticationMethod,
      userCount,
    })),
  };
}
