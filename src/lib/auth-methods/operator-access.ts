import type { SignedInRole } from '../session/signed-in-user-api.ts';
import { ROLE_TEMPLATE } from '../session/role-names.ts';
import { needsPrivilegedAuthAdmin, type UserRole } from './user-roles.ts';

export type ManageAction = 'methods' | 'resetPassword';

export type Access = { allowed: true } | { allowed: false; reason: string };

const PRIVILEGED = 'Privileged Authentication Administrator or Global Administrator';
const ANY_TARGET = new Set<string>([
  ROLE_TEMPLATE.globalAdministrator,
  ROLE_TEMPLATE.privilegedAuthenticationAdministrator,
]);
// The beta resetPassword page also lets these reset non-admins and limited admins (graph-contract.md §4.10).
const PASSWORD_HELPERS = new Set<string>([
  ROLE_TEMPLATE.userAdministrator,
  ROLE_TEMPLATE.helpdeskAdministrator,
  ROLE_TEMPLATE.passwordAdministrator,
]);

const has = (roles: readonly SignedInRole[], set: ReadonlySet<string>) =>
  roles.some((r) => r.templateId !== null && set.has(r.templateId));

/**
 * What the signed-in operator may change on this user (graph-contract.md §2.1). Unknown roles on
 * either side allow the action: Graph decides, and the dialog explains a 403.
 */
export function accessFor(
  operator: readonly SignedInRole[] | undefined,
  target: readonly UserRole[] | undefined,
  action: ManageAction,
): Access {
  if (!operator || has(operator, ANY_TARGET)) return { allowed: true };
  const isAuthAdmin = operator.some((r) => r.templateId === ROLE_TEMPLATE.authenticationAdministrator);
  const helper = action === 'resetPassword' && has(operator, PASSWORD_HELPERS);
  const targetIsOutOfReach = target !== undefined && needsPrivilegedAuthAdmin(target);
  if (isAuthAdmin || helper) {
    if (!targetIsOutOfReach) return { allowed: true };
    const names = target.map((r) => r.name).join(', ');
    return {
      allowed: false,
      reason: `This user holds admin roles (${names}) that an ${isAuthAdmin ? 'Authentication Administrator' : 'operator with your roles'} cannot manage. This needs a ${PRIVILEGED}.`,
    };
  }
  const mine = operator.length
    ? `Your roles (${operator.map((r) => r.name).join(', ')})`
    : 'You have no admin role and';
  const who =
    action === 'resetPassword'
      ? 'an Authentication Administrator, Password Administrator, Helpdesk Administrator or User Administrator'
      : 'an Authentication Administrator';
  return {
    allowed: false,
    reason: `${mine} cannot change another user's methods. This needs ${who}${targetIsOutOfReach ? ` — for this admin, a ${PRIVILEGED}` : ` (a ${PRIVILEGED} for admins)`}.`,
  };
}
