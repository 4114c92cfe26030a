import type { DirectoryRole } from '@microsoft/microsoft-graph-types-beta';
import { isAdminRole, roleName } from '../session/role-names.ts';

export interface UserRole {
  templateId: string | null;
  name: string;
}

/** Admin roles only; names from our table since Graph may send null names (docs/graph-notes.md §11.3). */
export function adminRolesOf(roles: readonly DirectoryRole[]): UserRole[] {
  return roles
    .filter((r) => isAdminRole(r.roleTemplateId))
    .map((r) => ({ templateId: r.roleTemplateId ?? null, name: roleName(r.roleTemplateId, r.displayName) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
