import { ROLE } from '../../tenant/roles.ts';
import type { TenantUser } from '../../tenant/model.ts';
import { requireRole, requireScope, type GraphCaller } from '../graph-caller.ts';
import { GraphHttpError, insufficientPrivileges } from '../graph-http-error.ts';
import type { GraphRequest } from '../graph-route.ts';
import { BASIC_PROFILE_PROPERTIES } from './user-shape.ts';

/** Scopes that read every property of every user. */
const FULL_PROFILE_SCOPES = [
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'Directory.AccessAsUser.All',
];
/** …and the least one, which reads only the basic profile (docs/graph-notes.md §5, §11.7). */
export const READ_OTHER_USERS_SCOPES = ['User.ReadBasic.All', ...FULL_PROFILE_SCOPES];
const READ_SELF_SCOPES = ['User.Read', 'User.ReadWrite', ...READ_OTHER_USERS_SCOPES];

/** Roles that read sign-in logs; only checked when `signInActivityRoleGate` is on. */
const SIGN_IN_LOG_READERS: ReadonlySet<string> = new Set([
  ROLE.globalAdministrator,
  ROLE.globalReader,
  ROLE.reportsReader,
  ROLE.securityAdministrator,
  ROLE.securityReader,
  // Security Operator: not in the tenant's role table, same template id in every tenant.
  '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f',
]);

export function canReadFullProfile(caller: GraphCaller, target?: TenantUser): boolean {
  if (target !== undefined && target.id === caller.user.id) return true;
  return FULL_PROFILE_SCOPES.some((s) => caller.scopes.has(s));
}

/** Listing needs a users scope, and guests cannot enumerate the directory (docs/graph-notes.md §5). */
export function requireUserListAccess(caller: GraphCaller): void {
  requireScope(caller, READ_OTHER_USERS_SCOPES);
  if (caller.user.userType === 'guest') throw insufficientPrivileges();
}

/** One user by id or UPN: User.Read covers only the caller's own object. Checked before the lookup. */
export function requireUserReadAccess(caller: GraphCaller, key: string): void {
  const self = key === caller.user.id || key.toLowerCase() === caller.user.userPrincipalName.toLowerCase();
  requireScope(caller, self ? READ_SELF_SCOPES : READ_OTHER_USERS_SCOPES);
}

/**
 * With only User.ReadBasic.All, properties outside the basic profile come back null, or fail the
 * request when `readBasicOverflow` is 'error' (the real behaviour is unconfirmed).
 */
export function limitToBasicProfile(
  request: GraphRequest,
  row: Record<string, unknown>,
  target: TenantUser,
): Record<string, unknown> {
  if (canReadFullProfile(request.caller, target)) return row;
  let limited: Record<string, unknown> | undefined;
  for (const key of Object.keys(row)) {
    if (key.startsWith('@') || BASIC_PROFILE_PROPERTIES.has(key)) continue;
    if (request.state.options.readBasicOverflow === 'error') throw insufficientPrivileges();
    limited ??= { ...row };
    limited[key] = null;
  }
  return limited ?? row;
}

/** Throws when properties outside the basic profile are selected and the option says to fail. */
export function checkBasicProfileSelection(request: GraphRequest, selected: readonly string[]): void {
  if (canReadFullProfile(request.caller) || request.state.options.readBasicOverflow !== 'error') return;
  if (selected.some((p) => !BASIC_PROFILE_PROPERTIES.has(p))) throw insufficientPrivileges();
}

/**
 * `signInActivity` needs AuditLog.Read.All and a P1/P2 tenant (docs/graph-notes.md §11.7). Returns
 * whether the property may be filled; with `signInActivityFailure: 'property'` a failed check
 * blanks the property instead of failing the whole request.
 */
export function signInActivityAllowed(request: GraphRequest): boolean {
  const { caller, state } = request;
  const options = state.options;
  try {
    requireScope(caller, ['AuditLog.Read.All']);
    if (options.signInActivityRoleGate) requireRole(caller, SIGN_IN_LOG_READERS);
    if (state.tenant.tier === 'free') {
      throw new GraphHttpError(
        403,
        'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
        "Neither tenant is B2C or tenant doesn't have premium license",
      );
    }
    return true;
  } catch (error) {
    if (options.signInActivityFailure === 'property') return false;
    throw error;
  }
}
