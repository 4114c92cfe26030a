import type { TenantUser } from '../tenant/model.ts';

/**
 * Who may consent to what, as Entra decides with its default settings.
 *
 * A user may consent for themselves only to permissions that do not need an administrator ("By default, all
 * users are allowed to consent to applications for permissions that don't require administrator consent",
 * entra-docs identity/enterprise-apps/configure-user-consent.md). Of what the dashboard asks, that is
 * User.Read (and the OpenID scopes); the rest are "Admin Consent Required: Yes" in Graph's permissions
 * reference (concepts/permissions-reference.md).
 */
const USER_CONSENTABLE = new Set(['user.read', 'openid', 'profile', 'offline_access', 'email']);

export const adminOnly = (scopes: readonly string[]) =>
  scopes.filter((s) => !USER_CONSENTABLE.has(s.toLowerCase()));

/**
 * Tenant-wide consent to delegated Graph permissions: "Privileged Role Administrator, for granting consent for
 * apps requesting any permission, for any API" and "Cloud Application Administrator or Application
 * Administrator, for granting consent for apps requesting any permission for any API, *except* Microsoft
 * Graph app roles" (entra-docs identity/enterprise-apps/grant-admin-consent.md); a Global Administrator may
 * do all of it.
 */
export const CONSENT_GRANTING_ROLES: ReadonlySet<string> = new Set([
  '62e90394-69f5-4237-9190-012177145e10', // Global Administrator
  'e8611ab8-c189-46e8-94e1-60213ab1f814', // Privileged Role Administrator
  '158c047a-c907-4556-b7ef-446551a6b5f7', // Cloud Application Administrator
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', // Application Administrator
]);

export const mayGrantAdminConsent = (user: TenantUser) =>
  user.roles.some((r) => CONSENT_GRANTING_ROLES.has(r));

/** Entra's answer to a user who may not grant what the app asks (application-sign-in-unexpected-user-consent-error.md). */
export const adminApprovalText = (appName: string) =>
  `AADSTS90094: ${appName} needs permission to access resources in your organization that only an admin can grant. Ask an admin to grant permission to this app before you can use it.`;
