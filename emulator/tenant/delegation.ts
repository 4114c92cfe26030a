import type { TenantUser } from './model.ts';
import { PERSONAS } from './personas.ts';
import { createRandom } from './random.ts';
import type {
  AdministrativeUnit,
  CustomRole,
  CustomRoleAssignment,
  Delegation,
  RoleAssignableGroup,
  UnitRoleAssignment,
} from './delegation-types.ts';

export type * from './delegation-types.ts';

export const EMPTY_DELEGATION: Delegation = {
  units: [],
  unitRoles: [],
  customRoles: [],
  customRoleAssignments: [],
  groups: [],
};

export const SALES_UNIT = 'Sales';
export const EXECUTIVE_UNIT = 'Executive Office';
export const CUSTOM_ROLE_NAME = 'Tier 1 Support (custom)';

/**
 * Actions of the demo custom role, all from custom-user-permissions.md. That preset list offers no
 * authentication-method or password permission, so no custom role can manage either.
 */
const TIER1_ACTIONS = [
  'microsoft.directory/users/standard/read',
  'microsoft.directory/users/memberOf/read',
  'microsoft.directory/users/basic/update',
  'microsoft.directory/users/contactInfo/update',
];

/**
 * The demo tenant's units, scoped roles, custom role and role-assignable group. Drawn from their own random
 * stream so that the users the generator makes stay the same whatever is delegated.
 */
export function generateDelegation(users: readonly TenantUser[], seed: string): Delegation {
  const rng = createRandom(`${seed}/delegation`);
  const personaIds = new Set(
    PERSONAS.map((p) => users.find((u) => u.userPrincipalName.startsWith(`${p.alias}@`))?.id),
  );
  const members = users.filter((u) => u.userType === 'member' && !personaIds.has(u.id));
  const sales: AdministrativeUnit = {
    id: rng.guid(),
    displayName: SALES_UNIT,
    description: 'Everyone in the Sales department',
    isMemberManagementRestricted: false,
    memberIds: new Set(members.filter((u) => u.department === 'Sales').map((u) => u.id)),
  };
  const plain = members.filter((u) => u.roles.length === 0 && u.accountEnabled);
  const outsideSales = plain.filter((u) => !sales.memberIds.has(u.id));
  // One executive is also in Sales: a target in two units, one of them restricted.
  const inSales = plain.find((u) => sales.memberIds.has(u.id));
  const executive: AdministrativeUnit = {
    id: rng.guid(),
    displayName: EXECUTIVE_UNIT,
    description: 'Executives: managed only by administrators assigned to this unit',
    isMemberManagementRestricted: true,
    memberIds: new Set([...outsideSales.slice(5, 8).map((u) => u.id), ...(inSales ? [inSales.id] : [])]),
  };
  const tier0: RoleAssignableGroup = {
    id: rng.guid(),
    displayName: 'Tier 0 Responders',
    memberIds: new Set(outsideSales.slice(11, 14).map((u) => u.id)),
    ownerIds: new Set(),
  };
  const tier1: CustomRole = {
    id: rng.guid(),
    displayName: CUSTOM_ROLE_NAME,
    description: 'Reads users and updates their contact details',
    allowedResourceActions: TIER1_ACTIONS,
  };
  const unitRoles: UnitRoleAssignment[] = [];
  const customRoleAssignments: CustomRoleAssignment[] = [];
  for (const persona of PERSONAS) {
    const user = users.find((u) => u.userPrincipalName.startsWith(`${persona.alias}@`));
    if (!user) continue;
    for (const roleDefinitionId of persona.salesUnitRoles ?? [])
      unitRoles.push({ principalId: user.id, roleDefinitionId, unitId: sales.id });
    if (persona.customRole) customRoleAssignments.push({ principalId: user.id, roleDefinitionId: tier1.id });
  }
  return {
    units: [sales, executive],
    unitRoles,
    customRoles: [tier1],
    customRoleAssignments,
    groups: [tier0],
  };
}

/** The units a user belongs to. */
export const unitsOf = (delegation: Delegation, userId: string) =>
  delegation.units.filter((u) => u.memberIds.has(userId));

/** The role-assignable groups a user is a member or owner of. */
export const protectingGroupsOf = (delegation: Delegation, userId: string) =>
  delegation.groups.filter((g) => g.memberIds.has(userId) || g.ownerIds.has(userId));

/** In a restricted management unit or a role-assignable group: out of reach of most directory-wide roles. */
export const isShielded = (delegation: Delegation, userId: string) =>
  unitsOf(delegation, userId).some((u) => u.isMemberManagementRestricted) ||
  protectingGroupsOf(delegation, userId).length > 0;
