import type { UnconsentedScopeAnswer } from './authority/consent-types.ts';
import { DEFAULT_THROTTLE, type ThrottleSettings } from './graph/throttle/throttle-settings.ts';

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
  /** A token request naming a scope without consent: Entra's AADSTS65001, or a token without the scope. */
  unconsentedScopeAnswer: UnconsentedScopeAnswer;
  /** Graph hides Retry-After from scripts (docs/graph-notes.md §8.4); true exposes it. */
  exposeRetryAfter: boolean;
  /** Page size userRegistrationDetails uses when $top is absent, and its maximum (clamped). */
  registrationPageSize: number;
  /**
   * Retired beta credential reports (docs/graph-notes.md §3.10; legacy-report-routes.ts): Graph no longer knows the
   * segment (400), 404, empty collections, or still served as before the retirement.
   */
  legacyReports: 'segmentNotFound' | 'notFound' | 'empty' | 'serve';
  /** `or` and `not` in the registration report's $filter: undocumented, so refused unless 'accept'. */
  registrationFilterLogic: 'refuse' | 'accept';
  /** Non-ASCII characters in an email method's address: undocumented, so refused unless 'accept'. */
  emailNonAscii: 'refuse' | 'accept';
  /** Send evolvable usageAuthMethod members only with `Prefer: include-unknown-enum-members` (OData's rule, §3.9). */
  strictEvolvableEnums: boolean;
  /** Return $batch responses out of request order, as Graph may (docs/graph-notes.md §7). */
  shuffleBatchResponses: boolean;
  /** Let Authentication Administrators read the methods policy (docs leave them out; unconfirmed in practice). */
  policyReadableByMethodAdmins: boolean;
  /** Reports show users as they were this many minutes ago (Entra's reports lag by hours); 0 is live. */
  reportLagMinutes: number;
  /** revokeSignInSessions answers 200 + Edm.Boolean as the real service does, or the documented 204. */
  revokeSessionsAnswer: 'boolean' | 'noContent';
  /** How long a password reset operation runs, and how it ends. */
  passwordResetDelayMs: number;
  passwordResetOutcome: 'succeeded' | 'failed';
  /** Graph's limits at start and after a reset; the control API changes them at run time. */
  throttle: ThrottleSettings;
  /** With only User.ReadBasic.All, non-basic user properties come back null ('null') or fail with 403 ('error'). */
  readBasicOverflow: 'null' | 'error';
  /** signInActivity without AuditLog.Read.All or P1: fail the whole request ('request') or return it null ('property'). */
  signInActivityFailure: 'request' | 'property';
  /** Also require a sign-in log reader role for signInActivity (docs/graph-notes.md §11.7, unconfirmed). */
  signInActivityRoleGate: boolean;
  /** Limited directoryRole items: roleTemplateId kept ('templateId', observed) or only @odata.type and id ('idOnly', docs). */
  directoryRoleLimitedForm: 'templateId' | 'idOnly';
  /** roleAssignments need Directory Readers, Global Reader, Privileged Role or Global Administrator (§11.2c). */
  roleAssignmentsRoleGate: boolean;
  /** PIM eligibility reads need a PIM reader role (§11.3). */
  pimRoleGate: boolean;
  /** PIM eligibility reads fail with 400 AadPremiumLicenseRequired below P2 (§11.3). */
  pimRequiresP2: boolean;
  /** subscribedSkus needs Global Reader, Directory Readers or an admin role (§11.8; docs include, unconfirmed). */
  subscribedSkusRoleGate: boolean;
  /**
   * Credential writes need MFA within the last 10 minutes (graph/routes/auth-methods/fresh-mfa-rule.ts):
   * for everyone, as the API overview says, or for self-service only, as the January 2026 notice says.
   */
  freshMfaForCredentialWrites: 'everyone' | 'selfService' | 'off';
  /** Hostile test strings and users in the tenant: for the tests, opt-in for a first look (`--hostile-users`). */
  hostileUsers: boolean;
  /**
   * The tenant's "Users can create security groups" (authorizationPolicy allowedToCreateSecurityGroups).
   * Entra's default is on; off is the stricter reading and the CIS benchmark's advice.
   */
  usersCreateSecurityGroups: boolean;
  /** A group this young refuses member adds with 400, as a replicating group may (group-post-members.md). */
  groupReplicationDelayMs: number;
  /** The persona page's sign-in includes MFA, as a Conditional Access policy requiring MFA would make it. */
  mfaAtSignIn: boolean;
  /**
   * A tenant without P1/P2 reads its 7 days of directory audits through Graph. Off by default: the docs
   * disagree (the licensing table lists audit logs on Free; the Graph how-to lists P1/P2 as a prerequisite),
   * and the stricter reading refuses.
   */
  auditLogsOnFree: boolean;
}

export const APP_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'User.Read.All',
  'AuditLog.Read.All',
  // With AuditLog.Read.All, what the directory audit log asks for (directoryaudit-list-permissions.md).
  'Directory.Read.All',
  'Reports.Read.All',
  'UserAuthenticationMethod.Read.All',
  'UserAuthenticationMethod.ReadWrite.All',
  'RoleManagement.Read.Directory',
  'AdministrativeUnit.Read.All',
  'Policy.Read.AuthenticationMethod',
  // Conditional Access policies (conditionalaccessroot-list-policies.md): the onboarding's registration check.
  'Policy.Read.All',
  'GroupMember.Read.All',
  'GroupMember.ReadWrite.All',
  'Group.ReadWrite.All',
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
  unconsentedScopeAnswer: 'consent_required',
  exposeRetryAfter: false,
  registrationPageSize: 1000,
  legacyReports: 'segmentNotFound',
  hostileUsers: false,
  registrationFilterLogic: 'refuse',
  emailNonAscii: 'refuse',
  strictEvolvableEnums: true,
  shuffleBatchResponses: true,
  throttle: DEFAULT_THROTTLE,
  policyReadableByMethodAdmins: false,
  reportLagMinutes: 0,
  revokeSessionsAnswer: 'boolean',
  passwordResetDelayMs: 3000,
  passwordResetOutcome: 'succeeded',
  readBasicOverflow: 'null',
  signInActivityFailure: 'request',
  signInActivityRoleGate: false,
  directoryRoleLimitedForm: 'templateId',
  roleAssignmentsRoleGate: true,
  pimRoleGate: true,
  pimRequiresP2: true,
  subscribedSkusRoleGate: true,
  freshMfaForCredentialWrites: 'everyone',
  mfaAtSignIn: false,
  auditLogsOnFree: false,
  usersCreateSecurityGroups: false,
  groupReplicationDelayMs: 2000,
};
