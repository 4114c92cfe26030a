import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';

/**
 * Who may act on whom: entra-docs identity/role-based-access-control/privileged-roles-permissions.md, the
 * "Who can reset passwords" and "Who can perform sensitive actions" tables (roles assigned at tenant scope).
 * Each operator role below reaches a target when every admin role the target holds is in its list; a target
 * with no admin role is reached by all. Privileged Authentication and Global Administrators reach everyone.
 * Members and owners of role-assignable groups are reached by those two alone (groups-concept.md).
 */

const GROUPS_ADMINISTRATOR = ROLE_TEMPLATE.groupsAdministrator;
const GUEST_INVITER = ROLE_TEMPLATE.guestInviter;
const MESSAGE_CENTER_READER = ROLE_TEMPLATE.messageCenterReader;
const USAGE_SUMMARY_REPORTS_READER = ROLE_TEMPLATE.usageSummaryReportsReader;
const USER_EXPERIENCE_SUCCESS_MANAGER = ROLE_TEMPLATE.userExperienceSuccessManager;

export type ManageAction = 'methods' | 'resetPassword';

export const REACHES_EVERYONE: readonly string[] = [
  ROLE_TEMPLATE.privilegedAuthenticationAdministrator,
  ROLE_TEMPLATE.globalAdministrator,
];

// The roles both tables give the Authentication Administrator (its columns are the same in each).
const AUTHENTICATION_ADMINISTRATOR_REACH = [
  ROLE_TEMPLATE.authenticationAdministrator,
  ROLE_TEMPLATE.directoryReaders,
  GUEST_INVITER,
  MESSAGE_CENTER_READER,
  ROLE_TEMPLATE.passwordAdministrator,
  ROLE_TEMPLATE.reportsReader,
  USER_EXPERIENCE_SUCCESS_MANAGER,
  USAGE_SUMMARY_REPORTS_READER,
];

/**
 * Per action, the operator roles below the two that reach everyone, each with the target roles it reaches.
 * Methods: only the Authentication Administrator (includes/authentication-table-include.md, "Manage user's
 * auth methods": "Yes for some users", the sensitive-actions table). Password: the Password, Helpdesk,
 * Authentication and User Administrator columns of "Who can reset passwords" (Graph's beta resetPassword
 * accepts the three besides the Authentication Administrator within that table).
 */
export const REACH: Readonly<Record<ManageAction, Readonly<Record<string, readonly string[]>>>> = {
  methods: {
    [ROLE_TEMPLATE.authenticationAdministrator]: AUTHENTICATION_ADMINISTRATOR_REACH,
  },
  resetPassword: {
    [ROLE_TEMPLATE.passwordAdministrator]: [
      ROLE_TEMPLATE.directoryReaders,
      GUEST_INVITER,
      ROLE_TEMPLATE.passwordAdministrator,
    ],
    [ROLE_TEMPLATE.helpdeskAdministrator]: [
      ROLE_TEMPLATE.directoryReaders,
      GUEST_INVITER,
      ROLE_TEMPLATE.helpdeskAdministrator,
      MESSAGE_CENTER_READER,
      ROLE_TEMPLATE.passwordAdministrator,
      ROLE_TEMPLATE.reportsReader,
      USER_EXPERIENCE_SUCCESS_MANAGER,
      USAGE_SUMMARY_REPORTS_READER,
    ],
    [ROLE_TEMPLATE.authenticationAdministrator]: AUTHENTICATION_ADMINISTRATOR_REACH,
    [ROLE_TEMPLATE.userAdministrator]: [
      ROLE_TEMPLATE.directoryReaders,
      GROUPS_ADMINISTRATOR,
      GUEST_INVITER,
      ROLE_TEMPLATE.helpdeskAdministrator,
      MESSAGE_CENTER_READER,
      ROLE_TEMPLATE.passwordAdministrator,
      ROLE_TEMPLATE.reportsReader,
      ROLE_TEMPLATE.userAdministrator,
      USER_EXPERIENCE_SUCCESS_MANAGER,
      USAGE_SUMMARY_REPORTS_READER,
    ],
  },
};

/** Does an operator role reach a target with these admin roles (null: a role the app cannot name)? */
export function roleReaches(
  operatorRole: string,
  targetRoles: readonly (string | null)[],
  action: ManageAction,
): boolean {
  if (REACHES_EVERYONE.includes(operatorRole)) return true;
  const reach = REACH[action][operatorRole];
  return reach !== undefined && targetRoles.every((r) => r !== null && reach.includes(r));
}

/** The operator roles that reach such a target, in the tables' order, then the two that reach everyone. */
export function rolesReaching(targetRoles: readonly (string | null)[], action: ManageAction): string[] {
  const limited = Object.keys(REACH[action]).filter((role) => roleReaches(role, targetRoles, action));
  return [...limited, ...REACHES_EVERYONE];
}

/**
 * A role assigned at an administrative unit's scope reaches the unit's members (entra-docs
 * admin-units-assign-roles.md): Authentication, Helpdesk and Password Administrators "non-admin" users only,
 * a User Administrator "limited admins" (its directory-wide column), a Privileged Authentication
 * Administrator "any user (admin or non-admin)".
 */
export const UNIT_REACH: Readonly<
  Record<ManageAction, Readonly<Record<string, 'nonAdmins' | 'everyone' | readonly string[]>>>
> = {
  methods: {
    [ROLE_TEMPLATE.authenticationAdministrator]: 'nonAdmins',
    [ROLE_TEMPLATE.privilegedAuthenticationAdministrator]: 'everyone',
  },
  resetPassword: {
    [ROLE_TEMPLATE.authenticationAdministrator]: 'nonAdmins',
    [ROLE_TEMPLATE.helpdeskAdministrator]: 'nonAdmins',
    [ROLE_TEMPLATE.passwordAdministrator]: 'nonAdmins',
    [ROLE_TEMPLATE.userAdministrator]: REACH.resetPassword[ROLE_TEMPLATE.userAdministrator]!,
    [ROLE_TEMPLATE.privilegedAuthenticationAdministrator]: 'everyone',
  },
};

/** Does a role scoped to a unit the target is in reach a target with these admin roles? */
export function unitRoleReaches(
  operatorRole: string,
  targetRoles: readonly (string | null)[],
  action: ManageAction,
): boolean {
  const reach = UNIT_REACH[action][operatorRole];
  if (reach === 'everyone') return true;
  if (reach === 'nonAdmins') return targetRoles.length === 0;
  return reach !== undefined && targetRoles.every((r) => r !== null && reach.includes(r));
}
