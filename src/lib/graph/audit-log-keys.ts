import { graphKeys } from './query-keys.ts';

/**
 * Keys of the audit and sign-in logs' reads, the sign-in summaries, and what only they need, in the same tree as
 * every other key (query-keys.ts): a file of their own so the shell, which reads none of them, does not carry them.
 */
export const auditLogKeys = {
  /** The tenant's Authentication Methods audit events matching the changes page's filters. */
  methodChanges: (filters: object) => [...graphKeys.all, 'auditLogs', 'methodChanges', filters] as const,
  /** Holders of an active admin role, from the directory roles' members (the changes page's admins). */
  adminRoleHolders: () => [...graphKeys.all, 'directoryRoles', 'adminHolders'] as const,
  /** The user's Authentication Methods events in the directory audit log: a method change invalidates it too. */
  securityInfoHistory: (id: string) => [...graphKeys.userPage(id), 'history'] as const,
  /** Successful sign-ins per method over a period (userSignInsByAuthMethodSummary). */
  signInsByMethod: (period: string) =>
    [...graphKeys.reports(), 'userSignInsByAuthMethodSummary', period] as const,
  /** Single- and multifactor sign-ins per day, the last 30 days (userMfaSignInSummary). */
  mfaSignInSummary: () => [...graphKeys.reports(), 'userMfaSignInSummary'] as const,
  /** The user's sign-ins over the sign-in log's window (not invalidated by method changes). */
  userSignIns: (id: string) => [...graphKeys.users(), id, 'signIns'] as const,
};
