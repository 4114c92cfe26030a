/** Everything the CLI and tests can set. Each [UNCONFIRMED] Graph behaviour gets a switch here. */
export interface EmulatorOptions {
  port: number;
  users: number;
  seed: string;
  /** Enables /__emulator/* (reset, token minting). Off unless asked for: it mints tokens for anyone. */
  control: boolean;
  tokenLifetimeSeconds: number;
  /** Where the signing key and certificate persist between runs; undefined keeps them in memory. */
  stateDir: string | undefined;
  /** Put `wids` into ID tokens, as an app registration with groupMembershipClaims=DirectoryRole does. */
  widsInIdToken: boolean;
  /** Delegated Graph scopes the demo app registration has admin consent for. */
  consentedScopes: string[];
  /** Graph hides Retry-After from scripts (graph-contract.md §8.4); true exposes it. */
  exposeRetryAfter: boolean;
  /** Page size userRegistrationDetails uses when $top is absent, and its maximum (clamped). */
  registrationPageSize: number;
}

export const APP_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'User.Read.All',
  'AuditLog.Read.All',
  'Reports.Read.All',
  'UserAuthenticationMethod.Read.All',
  'UserAuthenticationMethod.ReadWrite.All',
  'RoleManagement.Read.Directory',
  'Policy.Read.AuthenticationMethod',
  'Organization.Read.All',
  'RoleEligibilitySchedule.Read.Directory',
  'User.RevokeSessions.All',
];

export const DEFAULT_OPTIONS: EmulatorOptions = {
  port: 8443,
  users: 1000,
  seed: 'contoso',
  control: false,
  tokenLifetimeSeconds: 3600,
  stateDir: undefined,
  widsInIdToken: false,
  consentedScopes: APP_SCOPES,
  exposeRetryAfter: false,
  registrationPageSize: 1000,
};
