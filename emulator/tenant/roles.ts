import { ROLE_TEMPLATE, ROLE_TEMPLATE_NAMES } from '../../entra-facts/role-templates.ts';

/**
 * The built-in roles the seeded tenant has activated (docs/graph-notes.md §11.1), in the order its random stream
 * gives them ids: appending keeps every seeded id where it is.
 */
const SEEDED_ROLES = [
  'globalAdministrator',
  'privilegedAuthenticationAdministrator',
  'authenticationAdministrator',
  'securityAdministrator',
  'securityReader',
  'reportsReader',
  'globalReader',
  'helpdeskAdministrator',
  'userAdministrator',
  'privilegedRoleAdministrator',
  'passwordAdministrator',
  'authenticationPolicyAdministrator',
  'directoryReaders',
  'conditionalAccessAdministrator',
  'exchangeAdministrator',
  'sharePointAdministrator',
  'billingAdministrator',
] as const satisfies readonly (keyof typeof ROLE_TEMPLATE)[];
type SeededRole = (typeof SEEDED_ROLES)[number];

export const ROLE = Object.fromEntries(SEEDED_ROLES.map((key) => [key, ROLE_TEMPLATE[key]])) as {
  readonly [K in SeededRole]: (typeof ROLE_TEMPLATE)[K];
};

export type RoleTemplateId = (typeof ROLE)[keyof typeof ROLE];

export const ROLE_NAMES = Object.fromEntries(
  SEEDED_ROLES.map((key) => [ROLE_TEMPLATE[key], ROLE_TEMPLATE_NAMES[ROLE_TEMPLATE[key]]]),
) as Record<RoleTemplateId, string>;

/** Roles the reports' `includedUserRoles='privilegedAdmin'` counts (docs/graph-notes.md §3.3). */
export const PRIVILEGED_REPORT_ROLES: ReadonlySet<string> = new Set([
  ROLE.globalAdministrator,
  ROLE.securityAdministrator,
  ROLE.conditionalAccessAdministrator,
  ROLE.exchangeAdministrator,
  ROLE.sharePointAdministrator,
  ROLE.helpdeskAdministrator,
  ROLE.billingAdministrator,
  ROLE.userAdministrator,
  ROLE.authenticationAdministrator,
]);

/** Security Operator's template id (entra-docs permissions-reference.md): no seeded role, only read here. */
const SECURITY_OPERATOR = '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f';

/**
 * Who reads the sign-in log (graph-docs-contrib signin-list.md: Global Reader, Reports Reader, Security
 * Administrator, Security Operator, Security Reader; a Global Administrator reads every report).
 */
export const SIGN_IN_LOG_ROLES: ReadonlySet<string> = new Set([
  ROLE_TEMPLATE.globalAdministrator,
  ROLE_TEMPLATE.globalReader,
  ROLE_TEMPLATE.reportsReader,
  ROLE_TEMPLATE.securityAdministrator,
  SECURITY_OPERATOR,
  ROLE_TEMPLATE.securityReader,
]);

/** Roles allowed to read the authentication-methods reports (docs/graph-notes.md §2). */
export const REPORT_READER_ROLES: ReadonlySet<string> = new Set([
  ROLE.reportsReader,
  ROLE.securityReader,
  ROLE.securityAdministrator,
  ROLE.globalReader,
  ROLE.globalAdministrator,
]);
