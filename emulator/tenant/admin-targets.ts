import type { TenantUser } from './model.ts';
import { ROLE } from './roles.ts';

/**
 * Who may act on whom, as Entra decides: entra-docs identity/role-based-access-control/
 * privileged-roles-permissions.md, "Who can reset passwords" and "Who can perform sensitive actions" (roles
 * assigned at tenant scope). A target is in an operator role's reach when every role the target holds is in
 * that role's column; a user with no admin role is in every column. Privileged Authentication and Global
 * Administrators reach everyone. Members and owners of role-assignable groups, and users with a role scoped to
 * a restricted-management administrative unit, are in no column (the tenant models neither yet).
 */

// Roles the tables name that the demo tenant assigns to no one (permissions-reference.md template ids).
const GROUPS_ADMINISTRATOR = 'fdd7a751-b60b-444a-984c-02652fe8fa1c';
const GUEST_INVITER = '95e79109-95c0-4d8e-aee3-d01accf2d47b';
const MESSAGE_CENTER_READER = '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b';
const USAGE_SUMMARY_REPORTS_READER = '75934031-6c7e-415a-99d7-48dbd49e875e';
const USER_EXPERIENCE_SUCCESS_MANAGER = '27460883-1df1-4691-b032-3b79643e5e63';

/** Roles that may act on anyone: both tables' last two columns, every row ticked. */
export const UNRESTRICTED_METHOD_ADMINS: ReadonlySet<string> = new Set([
  ROLE.privilegedAuthenticationAdministrator,
  ROLE.globalAdministrator,
]);

/**
 * "Who can perform sensitive actions", the Auth Admin column. Managing a user's authentication methods
 * follows it: the Authentication Administrator manages them "for some users", linking this table
 * (includes/authentication-table-include.md).
 */
const AUTH_ADMIN_REACH: ReadonlySet<string> = new Set([
  ROLE.authenticationAdministrator,
  ROLE.directoryReaders,
  GUEST_INVITER,
  MESSAGE_CENTER_READER,
  ROLE.passwordAdministrator,
  ROLE.reportsReader,
  USER_EXPERIENCE_SUCCESS_MANAGER,
  USAGE_SUMMARY_REPORTS_READER,
]);

/**
 * "Who can reset passwords" (which also lists who can invalidate refresh tokens), one column per operator
 * role below the unrestricted two.
 */
const PASSWORD_RESET_REACH: Readonly<Record<string, ReadonlySet<string>>> = {
  // Password Admin column: Directory Readers, Guest Inviter, Password Admin.
  [ROLE.passwordAdministrator]: new Set([ROLE.directoryReaders, GUEST_INVITER, ROLE.passwordAdministrator]),
  // Helpdesk Admin column: adds Helpdesk Admin, Message Center Reader, Reports Reader and the two readers.
  [ROLE.helpdeskAdministrator]: new Set([
    ROLE.directoryReaders,
    GUEST_INVITER,
    ROLE.helpdeskAdministrator,
    MESSAGE_CENTER_READER,
    ROLE.passwordAdministrator,
    ROLE.reportsReader,
    USER_EXPERIENCE_SUCCESS_MANAGER,
    USAGE_SUMMARY_REPORTS_READER,
  ]),
  // Auth Admin column: as the sensitive-actions one.
  [ROLE.authenticationAdministrator]: AUTH_ADMIN_REACH,
  // User Admin column: adds Groups Admin, Helpdesk Admin and User Admin to the Helpdesk Admin's.
  [ROLE.userAdministrator]: new Set([
    ROLE.directoryReaders,
    GROUPS_ADMINISTRATOR,
    GUEST_INVITER,
    ROLE.helpdeskAdministrator,
    MESSAGE_CENTER_READER,
    ROLE.passwordAdministrator,
    ROLE.reportsReader,
    ROLE.userAdministrator,
    USER_EXPERIENCE_SUCCESS_MANAGER,
    USAGE_SUMMARY_REPORTS_READER,
  ]),
};

/** Roles that may manage other users' methods at all (Graph docs, rbac-authentication-methods-apis-write-others). */
export const METHOD_ADMINS: ReadonlySet<string> = new Set([
  ...UNRESTRICTED_METHOD_ADMINS,
  ROLE.authenticationAdministrator,
]);

/** Roles that may read other users' methods. */
export const METHOD_READERS: ReadonlySet<string> = new Set([...METHOD_ADMINS, ROLE.globalReader]);

/** Roles with a column in "Who can reset passwords" below the unrestricted two. */
export const PASSWORD_RESETTERS: ReadonlySet<string> = new Set(Object.keys(PASSWORD_RESET_REACH));

const within = (reach: ReadonlySet<string>, target: TenantUser) => target.roles.every((r) => reach.has(r));

/** Can this operator manage the target's authentication methods? */
export function canManageMethodsOf(operator: TenantUser, target: TenantUser): boolean {
  if (operator.roles.some((r) => UNRESTRICTED_METHOD_ADMINS.has(r))) return true;
  return operator.roles.includes(ROLE.authenticationAdministrator) && within(AUTH_ADMIN_REACH, target);
}

/** Can this operator reset the target's password, or invalidate their refresh tokens? */
export function canResetPasswordOf(operator: TenantUser, target: TenantUser): boolean {
  if (operator.roles.some((r) => UNRESTRICTED_METHOD_ADMINS.has(r))) return true;
  return operator.roles.some((r) => {
    const reach = PASSWORD_RESET_REACH[r];
    return reach !== undefined && within(reach, target);
  });
}

/**
 * Roles that also hold microsoft.directory/users/invalidateAllRefreshTokens (permissions-reference.md): they
 * revoke sessions within their "Who can reset passwords" column.
 */
const SESSION_REVOKERS: ReadonlySet<string> = new Set([
  ROLE.helpdeskAdministrator,
  ROLE.userAdministrator,
  ROLE.authenticationAdministrator,
]);

/** Can this operator revoke the target's sign-in sessions? */
export function canRevokeSessionsOf(operator: TenantUser, target: TenantUser): boolean {
  if (operator.roles.some((r) => UNRESTRICTED_METHOD_ADMINS.has(r))) return true;
  return operator.roles.some((r) => SESSION_REVOKERS.has(r) && within(PASSWORD_RESET_REACH[r]!, target));
}

/** Authentication Administrators see other users' phone numbers masked (graph-contract.md §2.1). */
export function seesMaskedPhones(operator: TenantUser, target: TenantUser): boolean {
  if (operator.id === target.id) return false;
  return !operator.roles.some((r) => UNRESTRICTED_METHOD_ADMINS.has(r) || r === ROLE.globalReader);
}
