import { protectingGroupsOf, unitsOf, type Delegation } from './delegation.ts';
import type { TenantUser } from './model.ts';
import { ROLE } from './roles.ts';

/**
 * Who may act on whom, as Entra decides: entra-docs identity/role-based-access-control/
 * privileged-roles-permissions.md, "Who can reset passwords" and "Who can perform sensitive actions" (roles
 * assigned at tenant scope). A target is in an operator role's reach when every role the target holds is in
 * that role's column; a user with no admin role is in every column. Privileged Authentication and Global
 * Administrators reach everyone. Administrative units, role-assignable groups and custom roles are in mayActOn.
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

/**
 * Roles that also hold microsoft.directory/users/invalidateAllRefreshTokens (permissions-reference.md): they
 * revoke sessions within their "Who can reset passwords" column.
 */
const SESSION_REVOKERS: ReadonlySet<string> = new Set([
  ROLE.helpdeskAdministrator,
  ROLE.userAdministrator,
  ROLE.authenticationAdministrator,
]);

const within = (reach: ReadonlySet<string>, target: TenantUser) => target.roles.every((r) => reach.has(r));
const NON_ADMINS: ReadonlySet<string> = new Set();

/**
 * Directory-wide roles that read anyone's methods: the Authentication Administrator's
 * authenticationMethods/standard/restrictedRead (permissions-reference.md) and the Global Reader.
 */
const DIRECTORY_WIDE_READERS: ReadonlySet<string> = new Set([
  ROLE.authenticationAdministrator,
  ROLE.globalReader,
]);

export type TargetAction = 'methods' | 'readMethods' | 'password' | 'sessions';

/** Directory-wide operator roles per action, each with the column of targets it reaches. */
const TENANT_REACH: Record<TargetAction, Readonly<Record<string, ReadonlySet<string>>>> = {
  methods: { [ROLE.authenticationAdministrator]: AUTH_ADMIN_REACH },
  readMethods: {},
  password: PASSWORD_RESET_REACH,
  sessions: Object.fromEntries([...SESSION_REVOKERS].map((r) => [r, PASSWORD_RESET_REACH[r]!])),
};

/**
 * Roles assigned at an administrative unit's scope, per action, with the targets they reach among the unit's
 * members (admin-units-assign-roles.md): Authentication, Helpdesk and Password Administrators act on
 * "non-admin" users only; a User Administrator resets passwords "for limited admins" (its directory-wide
 * column); a Privileged Authentication Administrator acts on "any user (admin or non-admin)".
 */
const UNIT_REACH: Record<TargetAction, Readonly<Record<string, ReadonlySet<string> | 'everyone'>>> = {
  methods: {
    [ROLE.authenticationAdministrator]: NON_ADMINS,
    [ROLE.privilegedAuthenticationAdministrator]: 'everyone',
  },
  readMethods: {
    [ROLE.authenticationAdministrator]: NON_ADMINS,
    [ROLE.privilegedAuthenticationAdministrator]: 'everyone',
  },
  password: {
    [ROLE.authenticationAdministrator]: NON_ADMINS,
    [ROLE.helpdeskAdministrator]: NON_ADMINS,
    [ROLE.passwordAdministrator]: NON_ADMINS,
    [ROLE.userAdministrator]: PASSWORD_RESET_REACH[ROLE.userAdministrator]!,
    [ROLE.privilegedAuthenticationAdministrator]: 'everyone',
  },
  sessions: {
    [ROLE.authenticationAdministrator]: NON_ADMINS,
    [ROLE.helpdeskAdministrator]: NON_ADMINS,
    [ROLE.userAdministrator]: PASSWORD_RESET_REACH[ROLE.userAdministrator]!,
    [ROLE.privilegedAuthenticationAdministrator]: 'everyone',
  },
};

/** The operator's roles scoped to units the target is in; only restricted ones when the target is in one. */
function unitRolesOver(
  operator: TenantUser,
  target: TenantUser,
  delegation: Delegation,
  restrictedOnly: boolean,
) {
  const units = unitsOf(delegation, target.id).filter(
    (u) => !restrictedOnly || u.isMemberManagementRestricted,
  );
  return delegation.unitRoles
    .filter((a) => a.principalId === operator.id && units.some((u) => u.id === a.unitId))
    .map((a) => a.roleDefinitionId);
}

/**
 * May the operator take this action on the target? Directory-wide roles follow Entra's tables; roles scoped to
 * a unit reach its members as UNIT_REACH says. Custom roles never do: Entra's preset list of custom-role
 * permissions (custom-user-permissions.md) holds no authentication-method or password permission. Members
 * and owners of role-assignable groups need at least a Privileged Authentication Administrator
 * (groups-concept.md). Members of a restricted management unit may be changed only by administrators
 * assigned at that unit's scope; directory-wide roles, Global Administrator included, are blocked
 * (admin-units-restricted-management.md). Reading methods is not "changing", so restriction leaves it alone.
 */
export function mayActOn(
  operator: TenantUser,
  target: TenantUser,
  delegation: Delegation,
  action: TargetAction,
): boolean {
  const restricted =
    action !== 'readMethods' && unitsOf(delegation, target.id).some((u) => u.isMemberManagementRestricted);
  const tenantRoles = restricted ? [] : operator.roles;
  const unitRoles = unitRolesOver(operator, target, delegation, restricted);
  if (action !== 'readMethods' && protectingGroupsOf(delegation, target.id).length > 0)
    return (
      tenantRoles.some((r) => UNRESTRICTED_METHOD_ADMINS.has(r)) ||
      unitRoles.includes(ROLE.privilegedAuthenticationAdministrator)
    );
  if (tenantRoles.some((r) => UNRESTRICTED_METHOD_ADMINS.has(r))) return true;
  if (action === 'readMethods' && tenantRoles.some((r) => DIRECTORY_WIDE_READERS.has(r))) return true;
  const tenantReach = TENANT_REACH[action];
  if (tenantRoles.some((r) => tenantReach[r] !== undefined && within(tenantReach[r], target))) return true;
  return unitRoles.some((r) => {
    const reach = UNIT_REACH[action][r];
    return reach === 'everyone' || (reach !== undefined && within(reach, target));
  });
}

/** Can this operator manage the target's authentication methods? */
export const canManageMethodsOf = (operator: TenantUser, target: TenantUser, delegation: Delegation) =>
  mayActOn(operator, target, delegation, 'methods');

/** Can this operator read another user's authentication methods? */
export const canReadMethodsOf = (operator: TenantUser, target: TenantUser, delegation: Delegation) =>
  mayActOn(operator, target, delegation, 'readMethods');

/** Can this operator reset the target's password? */
export const canResetPasswordOf = (operator: TenantUser, target: TenantUser, delegation: Delegation) =>
  mayActOn(operator, target, delegation, 'password');

/** Can this operator revoke the target's sign-in sessions (invalidate their refresh tokens)? */
export const canRevokeSessionsOf = (operator: TenantUser, target: TenantUser, delegation: Delegation) =>
  mayActOn(operator, target, delegation, 'sessions');

/** Authentication Administrators see other users' phone numbers masked (docs/graph-notes.md §2.1). */
export function seesMaskedPhones(operator: TenantUser, target: TenantUser): boolean {
  if (operator.id === target.id) return false;
  return !operator.roles.some((r) => UNRESTRICTED_METHOD_ADMINS.has(r) || r === ROLE.globalReader);
}
