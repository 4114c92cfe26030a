import { graphResource } from '../clouds.ts';

/**
 * Delegated Graph permissions per capability, by name. Each Graph call asks only for what it needs, and Entra
 * gets them qualified with the configured Graph's resource (graphScopes), so a national cloud's Graph gets
 * tokens it accepts.
 */
export const SCOPES = {
  profile: ['User.Read'],
  registrationReports: ['AuditLog.Read.All'],
  /** The directory audit log asks for both (directoryaudit-list-permissions.md). */
  auditLog: ['AuditLog.Read.All', 'Directory.Read.All'],
  /** The retired credential reports (getCredentialUsageSummary and friends). */
  legacyReports: ['Reports.Read.All'],
  directoryRoleNames: ['RoleManagement.Read.Directory'],
  /** Names of the administrative units an operator's roles are scoped to. */
  administrativeUnits: ['AdministrativeUnit.Read.All'],
  // Search and the user header read accountEnabled/userType, outside User.ReadBasic.All's basic profile.
  userDirectory: ['User.Read.All'],
  authMethodsRead: ['UserAuthenticationMethod.Read.All'],
  authMethodsWrite: ['UserAuthenticationMethod.ReadWrite.All'],
  /** The TAP policy's bounds; Authentication Administrators may still get 403 (docs/graph-notes.md §11.4). */
  authMethodsPolicy: ['Policy.Read.AuthenticationMethod'],
  /** Conditional Access policies: what registering a passkey with a pass must meet (Policy.Read.All only). */
  conditionalAccess: ['Policy.Read.All'],
  /** Who the SMS and voice policy's groups reach (transitive members). */
  groupMembers: ['GroupMember.Read.All'],
  /** Creating a security group from a cohort, and filling the group it created. */
  groupCreate: ['Group.ReadWrite.All'],
  /** Adding members to a group that exists: the least privileged permission for it. */
  groupMembersWrite: ['GroupMember.ReadWrite.All'],
} as const;

export type Capability = keyof typeof SCOPES;

/**
 * The sign-in asks for User.Read alone, the one permission a user may consent to by default; every other one
 * needs an administrator's consent, and asking for it at sign-in would stop every operator's sign-in while one
 * is missing. Each capability's permission is asked when first used (MSAL's incremental consent: silent where
 * an administrator consented, a prompt otherwise).
 */
export const SIGN_IN_SCOPES = SCOPES.profile;

/** Every permission the dashboard may ask for: what an administrator consents to. */
export const ALL_SCOPES = [...new Set(Object.values(SCOPES).flat())];

let resource = 'https://graph.microsoft.com';

/** Set once at start-up from config.js: a token of one cloud is refused by another cloud's Graph. */
export function configureGraphResource(graphBaseUrl: string): void {
  resource = graphResource(graphBaseUrl);
}

/** Permission names as Entra wants them: `https://graph.microsoft.us/User.Read`. */
export const graphScopes = (names: readonly string[]): string[] => names.map((n) => `${resource}/${n}`);
