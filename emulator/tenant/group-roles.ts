import { ROLE } from './roles.ts';

/**
 * Built-in roles that manage security groups, kept apart from roles.ts so the seeded tenant's role ids (drawn
 * from the tenant's random stream in ROLE_NAMES order) do not move. Template ids: entra-docs
 * identity/role-based-access-control/permissions-reference.md.
 */
export const GROUP_ROLE = {
  groupsAdministrator: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  directoryWriters: '9360feb5-f418-4baa-8175-e2a00bac4301',
  identityGovernanceAdministrator: '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e',
  intuneAdministrator: '3a2c62db-5318-420d-8d74-23affee5d9d5',
} as const;

/**
 * Who may add members to a security group that is not role-assignable (graph-docs-contrib
 * group-post-members.md, delegated: "Group owners, Directory Writers, Groups Administrator, Identity Governance
 * Administrator, User Administrator", Intune Administrator "only for security groups"), plus Global
 * Administrator. Owners are checked apart.
 */
export const GROUP_MEMBER_WRITERS: ReadonlySet<string> = new Set([
  ROLE.globalAdministrator,
  ROLE.userAdministrator,
  GROUP_ROLE.groupsAdministrator,
  GROUP_ROLE.directoryWriters,
  GROUP_ROLE.identityGovernanceAdministrator,
  GROUP_ROLE.intuneAdministrator,
]);

/**
 * Who may create a security group when the tenant's "Users can create security groups" setting is off
 * (authorizationPolicy `defaultUserRolePermissions.allowedToCreateSecurityGroups`): roles holding
 * `microsoft.directory/groups.security/create` in permissions-reference.md. Group post pages name no role, so
 * the emulator takes the member writers that hold it: not Identity Governance Administrator.
 */
export const GROUP_CREATORS: ReadonlySet<string> = new Set([
  ROLE.globalAdministrator,
  ROLE.userAdministrator,
  GROUP_ROLE.groupsAdministrator,
  GROUP_ROLE.directoryWriters,
  GROUP_ROLE.intuneAdministrator,
]);

/** Members of role-assignable groups: Privileged Role Administrator (group-post-members.md), and Global Administrator. */
export const ROLE_ASSIGNABLE_MEMBER_WRITERS: ReadonlySet<string> = new Set([
  ROLE.globalAdministrator,
  ROLE.privilegedRoleAdministrator,
]);
