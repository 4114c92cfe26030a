import { ROLE_TEMPLATE, ROLE_TEMPLATE_NAMES } from '../../../entra-facts/role-templates.ts';

/**
 * The roles that may grant tenant-wide consent to the dashboard's delegated Graph permissions (entra-docs
 * identity/enterprise-apps/grant-admin-consent.md: Privileged Role Administrator for any permission, Cloud
 * Application Administrator and Application Administrator for any but Graph's app roles; and a Global
 * Administrator).
 */
export const CONSENT_GRANTING_ROLES = [
  ROLE_TEMPLATE.globalAdministrator,
  ROLE_TEMPLATE.privilegedRoleAdministrator,
  ROLE_TEMPLATE.cloudApplicationAdministrator,
  ROLE_TEMPLATE.applicationAdministrator,
] as const;

export const mayGrantConsent = (templateIds: readonly (string | null)[]) =>
  templateIds.some((id) => (CONSENT_GRANTING_ROLES as readonly string[]).includes(id ?? ''));

/** The implicit "User" role in member tokens: not an admin role (docs/graph-notes.md §11.1). */
const IMPLICIT_USER_ROLE = 'b79fbf4d-3ef9-4689-8143-76b194e85509';

/** Name for a role: our table first (Graph may send null names), then Graph's name, else a generic label. */
export function roleName(templateId: string | null | undefined, graphName?: string | null): string {
  return (
    (templateId && (ROLE_TEMPLATE_NAMES as Record<string, string>)[templateId]) ||
    graphName ||
    'Admin role (unknown)'
  );
}

export function isAdminRole(templateId: string | null | undefined): boolean {
  return templateId !== IMPLICIT_USER_ROLE;
}
