import { roleName } from './role-names.ts';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import type { SignedInRole } from './signed-in-user-api.ts';

/**
 * The roles that may read the authentication-methods reports in a delegated call (graph-docs-contrib
 * authenticationmethodsroot-list-userregistrationdetails.md and the other report pages: Reports Reader,
 * Security Reader, Security Administrator, Global Reader; a Global Administrator reads everything). Only
 * directory-wide: the reports cover the whole tenant, so no administrative-unit scope grants them, and custom
 * roles have no report permission to grant.
 */
export const REPORT_READING_ROLES: readonly string[] = [
  ROLE_TEMPLATE.reportsReader,
  ROLE_TEMPLATE.securityReader,
  ROLE_TEMPLATE.securityAdministrator,
  ROLE_TEMPLATE.globalReader,
  ROLE_TEMPLATE.globalAdministrator,
];

/** Whether these directory-wide roles read the reports; undefined while the roles are unknown. */
export function readsReports(directoryWide: readonly SignedInRole[] | undefined): boolean | undefined {
  if (!directoryWide) return undefined;
  return directoryWide.some((r) => r.templateId !== null && REPORT_READING_ROLES.includes(r.templateId));
}

/** "Reports Reader, Security Reader, Security Administrator, Global Reader or Global Administrator" */
export const REPORT_ROLE_NAMES = ((names: string[]) => `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`)(
  REPORT_READING_ROLES.map((id) => roleName(id)),
);
