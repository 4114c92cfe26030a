import type { SignedInRole } from '../session/signed-in-user-api.ts';
import { roleName } from '../session/role-names.ts';
import type { UserRole } from './user-roles.ts';
import { REACH, REACHES_EVERYONE, roleReaches, rolesReaching, type ManageAction } from './who-may-act.ts';

export type { ManageAction } from './who-may-act.ts';

export type Access = { allowed: true } | { allowed: false; reason: string };

const THEIR: Record<ManageAction, string> = {
  methods: 'change their methods',
  resetPassword: 'reset their password',
};
const ANOTHER: Record<ManageAction, string> = {
  methods: "change another user's methods",
  resetPassword: "reset another user's password",
};

/** "an Authentication Administrator, Helpdesk Administrator or Global Administrator" */
function anyOf(templateIds: readonly string[]): string {
  const names = templateIds.map((id) => roleName(id));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
  return `${/^[AEIOU]/.test(list) ? 'an' : 'a'} ${list}`;
}

/**
 * What the signed-in operator may change on this user, from Entra's tables of who may act on whom
 * (who-may-act.ts), so that the page explains before the call. Unknown roles on either side allow the action:
 * Graph decides, and the dialog explains a 403.
 */
export function accessFor(
  operator: readonly SignedInRole[] | undefined,
  target: readonly UserRole[] | undefined,
  action: ManageAction,
): Access {
  if (!operator) return { allowed: true };
  const acting = operator
    .map((r) => r.templateId)
    .filter((id): id is string => id !== null && (REACHES_EVERYONE.includes(id) || id in REACH[action]));
  const targetRoles = target?.map((r) => r.templateId) ?? [];
  if (acting.length === 0) {
    const mine = operator.length
      ? `Your roles (${operator.map((r) => r.name).join(', ')})`
      : 'You have no admin role and';
    return {
      allowed: false,
      reason: `${mine} cannot ${ANOTHER[action]}. This needs ${anyOf(rolesReaching(targetRoles, action))}.`,
    };
  }
  if (!target || acting.some((id) => roleReaches(id, targetRoles, action))) return { allowed: true };
  return {
    allowed: false,
    reason: `This user holds admin roles (${target.map((r) => r.name).join(', ')}). Entra lets ${anyOf(rolesReaching(targetRoles, action))} ${THEIR[action]}, not ${anyOf(acting)}.`,
  };
}
