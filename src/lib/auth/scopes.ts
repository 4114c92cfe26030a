/**
 * Delegated Graph permissions per capability. Each Graph call asks only for what it needs; the
 * sign-in asks for the set the dashboard uses so an admin consents once.
 */
const GRAPH = 'https://graph.microsoft.com';
const graph = (...names: string[]) => names.map((n) => `${GRAPH}/${n}`);

export const SCOPES = {
  profile: graph('User.Read'),
  registrationReports: graph('AuditLog.Read.All'),
  /** The retired credential reports (getCredentialUsageSummary and friends). */
  legacyReports: graph('Reports.Read.All'),
  directoryRoleNames: graph('RoleManagement.Read.Directory'),
  // Search and the user header read accountEnabled/userType, outside User.ReadBasic.All's basic profile.
  userDirectory: graph('User.Read.All'),
  authMethodsRead: graph('UserAuthenticationMethod.Read.All'),
  authMethodsWrite: graph('UserAuthenticationMethod.ReadWrite.All'),
  /** The TAP policy's bounds; Authentication Administrators may still get 403 (graph-contract.md §11.4). */
  authMethodsPolicy: graph('Policy.Read.AuthenticationMethod'),
} as const;

export type Capability = keyof typeof SCOPES;

export const SIGN_IN_SCOPES = [...new Set(Object.values(SCOPES).flat())];
