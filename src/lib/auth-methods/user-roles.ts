import type { DirectoryRole } from '@microsoft/microsoft-graph-types-beta';
import { isAdminRole, roleName, ROLE_TEMPLATE } from '../session/role-names.ts';

export interface UserRole {
  templateId: string | null;
  name: string;
}

/** Admin roles only; names from our table since Graph may send null names (graph-contract.md §11.3). */
export function adminRolesOf(roles: readonly DirectoryRole[]): UserRole[] {
  return roles
    .filter((r) => isAdminRole(r.roleTemplateId))
    .map((r) => ({ templateId: r.roleTemplateId ?? null, name: roleName(r.roleTemplateId, r.displayName) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Roles an Authentication Administrator may still act on (graph-contract.md §2.1). */
const LIMITED_ROLES: ReadonlySet<string> = new Set([
  ROLE_TEMPLATE.authenticationAdministrator,
  ROLE_TEMPLATE.directoryReaders,
  ROLE_TEMPLATE.reportsReader,
  ROLE_TEMPLATE.passwordAdministrator,
  '95e79109-95c0-4d8e-aee3-d01accf2d47b', // Guest Inviter
  '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b', // Message Center Reader
  '75934031-6c7e-415a-99d7-48dbd49e875e', // Usage Summary Reports Reader
]);

/** Any role outside that short list puts the user's methods out of an Authentication Administrator's reach. */
export function needsPrivilegedAuthAdmin(roles: readonly UserRole[]): boolean {
  return roles.some((r) => !r.templateId || !LIMITED_ROLES.has(r.templateId));
}
