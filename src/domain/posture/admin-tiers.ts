import { isAdminRole } from '../session/role-names.ts';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';

/** How much harm an admin's account could do if taken over: the privileged coverage rows, most harmful first. */
export type AdminTier = 'globalAdmin' | 'privileged' | 'otherAdmin';

export const ADMIN_TIERS: readonly AdminTier[] = ['globalAdmin', 'privileged', 'otherAdmin'];

export const ADMIN_TIER_LABELS: Record<AdminTier, string> = {
  globalAdmin: 'Global Administrator',
  privileged: 'Other privileged roles',
  otherAdmin: 'Other admin roles',
};

/**
 * Privileged roles below Global Administrator: the reports' `privilegedAdmin` set (docs/graph-notes.md §3.3)
 * plus the two roles that can hand out or take over every other role or credential (§2.1, §11.1).
 */
export const PRIVILEGED_ROLE_TEMPLATES: ReadonlySet<string> = new Set([
  ROLE_TEMPLATE.privilegedRoleAdministrator,
  ROLE_TEMPLATE.privilegedAuthenticationAdministrator,
  ROLE_TEMPLATE.securityAdministrator,
  ROLE_TEMPLATE.conditionalAccessAdministrator,
  ROLE_TEMPLATE.exchangeAdministrator,
  ROLE_TEMPLATE.sharePointAdministrator,
  ROLE_TEMPLATE.helpdeskAdministrator,
  ROLE_TEMPLATE.billingAdministrator,
  ROLE_TEMPLATE.userAdministrator,
  ROLE_TEMPLATE.authenticationAdministrator,
]);

export const ADMIN_TIER_RULE =
  'Global Administrator first; then Privileged Role, Privileged Authentication, Security, Conditional Access, Exchange, SharePoint, Helpdesk, Billing, User and Authentication Administrators; every other admin role after them. An admin is placed by the highest role they hold or are eligible for.';

/** The tier of one role template id; an unknown or missing id is some admin role, never more. */
export function tierOfRole(templateId: string | null | undefined): AdminTier {
  if (templateId === ROLE_TEMPLATE.globalAdministrator) return 'globalAdmin';
  if (templateId && PRIVILEGED_ROLE_TEMPLATES.has(templateId)) return 'privileged';
  return 'otherAdmin';
}

/** The highest tier among roles; the implicit "User" role is ignored. */
export function tierOfRoles(templateIds: readonly (string | null | undefined)[]): AdminTier {
  let best = ADMIN_TIERS.length - 1;
  for (const id of templateIds) {
    if (!isAdminRole(id)) continue;
    best = Math.min(best, ADMIN_TIERS.indexOf(tierOfRole(id)));
  }
  return ADMIN_TIERS[best] as AdminTier;
}
