import { readsReports } from '../../domain/session/report-access.ts';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import type { SignedInRole } from '../../domain/session/signed-in-user-api.ts';

/**
 * Where an operator's day starts: `reports` (the Overview) for one who reads the reports, `helpdesk` for one
 * who does not (the reports would only refuse them), `both` for one who reads them and acts on users too
 * (back where they were last). Decided from directory-wide roles alone, which the shell reads at sign-in;
 * undefined while they are unknown, and the app then opens as it always did.
 */
export type HomeKind = 'reports' | 'helpdesk' | 'both';

/**
 * The directory-wide roles that act on other users' methods or passwords: who-may-act.ts's tables, named here
 * so the shell does not carry the tables (home-kind.test.ts holds the two together).
 */
export const ACTING_ROLES: ReadonlySet<string> = new Set([
  ROLE_TEMPLATE.globalAdministrator,
  ROLE_TEMPLATE.privilegedAuthenticationAdministrator,
  ROLE_TEMPLATE.authenticationAdministrator,
  ROLE_TEMPLATE.helpdeskAdministrator,
  ROLE_TEMPLATE.passwordAdministrator,
  ROLE_TEMPLATE.userAdministrator,
]);

export function homeKind(directoryWide: readonly SignedInRole[] | undefined): HomeKind | undefined {
  const reports = readsReports(directoryWide);
  if (reports === undefined) return undefined;
  if (!reports) return 'helpdesk';
  const acts = directoryWide!.some((r) => r.templateId !== null && ACTING_ROLES.has(r.templateId));
  return acts ? 'both' : 'reports';
}
