/**
 * What the tenant delegates beyond directory-wide built-in roles: administrative units (some with restricted
 * management), roles scoped to them, custom roles, and role-assignable groups. Sources:
 * entra-docs identity/role-based-access-control/admin-units-assign-roles.md,
 * admin-units-restricted-management.md, custom-overview.md, custom-user-permissions.md and groups-concept.md.
 */
export interface AdministrativeUnit {
  id: string;
  displayName: string;
  description: string;
  /** Restricted management: only administrators assigned at this unit's scope may change its members. */
  isMemberManagementRestricted: boolean;
  memberIds: Set<string>;
}

/** A built-in role assigned at one administrative unit's scope (directoryScopeId `/administrativeUnits/{id}`). */
export interface UnitRoleAssignment {
  principalId: string;
  roleDefinitionId: string;
  unitId: string;
}

/** A custom role definition: permissions only from Entra's preset list (custom-user-permissions.md). */
export interface CustomRole {
  id: string;
  displayName: string;
  description: string;
  allowedResourceActions: readonly string[];
}

export interface CustomRoleAssignment {
  principalId: string;
  roleDefinitionId: string;
}

/** A group roles can be assigned to (isAssignableToRole): its members and owners are protected. */
export interface RoleAssignableGroup {
  id: string;
  displayName: string;
  memberIds: Set<string>;
  ownerIds: Set<string>;
}

export interface Delegation {
  units: AdministrativeUnit[];
  unitRoles: UnitRoleAssignment[];
  customRoles: CustomRole[];
  customRoleAssignments: CustomRoleAssignment[];
  groups: RoleAssignableGroup[];
}
