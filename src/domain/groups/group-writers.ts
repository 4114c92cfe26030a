import type { OperatorRoles } from '../auth-methods/operator-access.ts';
import { roleName } from '../session/role-names.ts';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';

/**
 * Who may put users in a security group, as the app explains it before any call (Graph decides in the end).
 * group-post-members.md, delegated: "Group owners, Directory Writers, Groups Administrator, Identity Governance
 * Administrator, User Administrator", Intune Administrator "only for security groups"; and a Global
 * Administrator. Creating one: roles holding microsoft.directory/groups.security/create (entra-docs
 * permissions-reference.md), or any member user where the tenant's "Users can create security groups" is on.
 */
// Group roles the shell's role table does not carry: named here, where they matter (permissions-reference.md).
export const GROUP_ROLE_TEMPLATE = {
  directoryWriters: '9360feb5-f418-4baa-8175-e2a00bac4301',
  identityGovernanceAdministrator: '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e',
  intuneAdministrator: '3a2c62db-5318-420d-8d74-23affee5d9d5',
} as const;
const GROUP_ROLE_NAMES: Record<string, string> = {
  [GROUP_ROLE_TEMPLATE.directoryWriters]: 'Directory Writers',
  [GROUP_ROLE_TEMPLATE.identityGovernanceAdministrator]: 'Identity Governance Administrator',
  [GROUP_ROLE_TEMPLATE.intuneAdministrator]: 'Intune Administrator',
};

const MEMBER_WRITERS = [
  ROLE_TEMPLATE.globalAdministrator,
  ROLE_TEMPLATE.groupsAdministrator,
  ROLE_TEMPLATE.userAdministrator,
  GROUP_ROLE_TEMPLATE.directoryWriters,
  GROUP_ROLE_TEMPLATE.identityGovernanceAdministrator,
  GROUP_ROLE_TEMPLATE.intuneAdministrator,
];
const CREATORS = MEMBER_WRITERS.filter((id) => id !== GROUP_ROLE_TEMPLATE.identityGovernanceAdministrator);

export type GroupWrite = 'create' | 'fill';

/** The permission the app asks for, only when the operator starts the action. */
export const GROUP_PERMISSION: Record<GroupWrite, string> = {
  create: 'Group.ReadWrite.All',
  fill: 'GroupMember.ReadWrite.All',
};

const names = (ids: readonly string[]) => ids.map((id) => GROUP_ROLE_NAMES[id] ?? roleName(id)).join(', ');

/** Which roles would allow it, and the permission: what a refusal tells the operator. */
export function groupWriteNeeds(write: GroupWrite): string {
  return write === 'create'
    ? `Creating a security group needs one of ${names(CREATORS)} (or a tenant where users may create security groups), and the delegated permission ${GROUP_PERMISSION.create}.`
    : `Adding members needs ownership of the group or one of ${names(MEMBER_WRITERS)}, and the delegated permission ${GROUP_PERMISSION.fill}.`;
}

/**
 * Before the run: `likely` when a role the operator holds allows it; otherwise a sentence naming what would,
 * since Graph may still allow it (the tenant's setting, or the operator owns the group). Unknown roles say so.
 */
export function groupWriteOutlook(
  operator: OperatorRoles,
  write: GroupWrite,
): { likely: true } | { likely: false; note: string } {
  const held = operator.directoryWide;
  if (!held)
    return {
      likely: false,
      note: `Your roles could not be read, so Graph will decide. ${groupWriteNeeds(write)}`,
    };
  const allowing = write === 'create' ? CREATORS : MEMBER_WRITERS;
  if (held.some((r) => r.templateId && (allowing as readonly string[]).includes(r.templateId)))
    return { likely: true };
  const yours = held.length ? held.map((r) => r.name).join(', ') : 'no admin role';
  const unless =
    write === 'create'
      ? 'Graph will refuse unless your tenant lets users create security groups.'
      : 'Graph will refuse unless you own the group.';
  return {
    likely: false,
    note: `Your roles (${yours}) do not manage groups: ${unless} ${groupWriteNeeds(write)}`,
  };
}
