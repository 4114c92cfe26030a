import type { OperatorAssignments, UnitRole } from '../session/operator-assignments.ts';
import type { SignedInRole } from '../session/signed-in-user-api.ts';
import { roleName } from '../session/role-names.ts';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import type { UserRole } from './user-roles.ts';
import {
  REACH,
  REACHES_EVERYONE,
  roleReaches,
  rolesReaching,
  UNIT_REACH,
  unitRoleReaches,
  type ManageAction,
} from './who-may-act.ts';

export type { ManageAction } from './who-may-act.ts';

/** `unknown`: the app cannot tell, so the action stays offered and Graph decides; the text says why. */
export type Access = { allowed: true; unknown?: string } | { allowed: false; reason: string };

/** What the app knows of the signed-in operator. */
export interface OperatorRoles {
  /** Directory-wide built-in roles, from memberships; undefined when they could not be read. */
  directoryWide: readonly SignedInRole[] | undefined;
  /** Roles scoped to administrative units, and custom roles; undefined counts as unknown. */
  assignments: OperatorAssignments | undefined;
}

export interface TargetUnit {
  id: string;
  name: string;
  restricted: boolean;
}

/** What the app knows of the target; undefined fields could not be read. */
export interface TargetFacts {
  roles: readonly UserRole[] | undefined;
  units: readonly TargetUnit[] | undefined;
  /** Names of the role-assignable groups the target is a member of. */
  protectingGroups: readonly string[] | undefined;
}

const THEIR: Record<ManageAction, string> = {
  methods: 'change their methods',
  resetPassword: 'reset their password',
};
const ANOTHER: Record<ManageAction, string> = {
  methods: "change another user's methods",
  resetPassword: "reset another user's password",
};

/**
 * Both actions refused for one cause (the reasons differ only in the action they name): one sentence for both,
 * so the page does not explain the same thing twice. Undefined when the causes differ.
 */
export function refusedAlike(methods: Access, resetPassword: Access): string | undefined {
  if (methods.allowed || resetPassword.allowed) return undefined;
  const phrases = [THEIR.methods, THEIR.resetPassword, ANOTHER.methods, ANOTHER.resetPassword];
  const cause = (text: string) => phrases.reduce((t, phrase) => t.replace(phrase, '\u0000'), text);
  if (cause(methods.reason) !== cause(resetPassword.reason)) return undefined;
  return methods.reason
    .replace(THEIR.methods, `${THEIR.methods} or ${THEIR.resetPassword}`)
    .replace(ANOTHER.methods, `${ANOTHER.methods} or reset their password`);
}

/** "an Authentication Administrator, Helpdesk Administrator or Global Administrator" */
function anyOf(templateIds: readonly string[]): string {
  const list = listed(templateIds.map((id) => roleName(id)));
  return `${/^[AEIOU]/.test(list) ? 'an' : 'a'} ${list}`;
}
const listed = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
const allOf = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

const ALLOWED: Access = { allowed: true };
const refuse = (reason: string): Access => ({ allowed: false, reason });
const unitLabel = (role: UnitRole) => role.unitName ?? `administrative unit ${role.unitId}`;

/**
 * What the signed-in operator may change on this user, from Entra's rules (who-may-act.ts, and the sources it
 * names), so that the page explains before the call. Whatever the app cannot see (memberships it could not read,
 * role assignments Graph would not list, a custom role's definition) leaves the action offered: Graph decides,
 * and the dialog explains a 403.
 */
export function accessFor(
  operator: OperatorRoles | undefined,
  target: TargetFacts | undefined,
  action: ManageAction,
): Access {
  if (!operator?.directoryWide) return ALLOWED;
  const wide = operator.directoryWide.map((r) => r.templateId).filter((id): id is string => id !== null);
  const targetRoles = target?.roles?.map((r) => r.templateId) ?? [];
  const assignments = operator.assignments?.known ? operator.assignments : undefined;
  const unknown: Access = {
    allowed: true,
    unknown:
      operator.assignments?.known === false
        ? `Your role assignments could not be read (${operator.assignments.reason}), so a role scoped to an administrative unit may allow this: Graph decides.`
        : 'Your role assignments are not known yet: Graph decides.',
  };
  const units = target?.units;
  const unitRolesOver = (restrictedOnly: boolean) =>
    assignments?.unitRoles.filter((r) =>
      units?.some((u) => u.id === r.unitId && (!restrictedOnly || u.restricted)),
    ) ?? [];
  const reachesByUnit = (roles: readonly UnitRole[]) =>
    roles.some((r) => unitRoleReaches(r.templateId, targetRoles, action));

  // entra-docs admin-units-restricted-management.md: only administrators assigned at the unit's scope.
  const restricted = units?.filter((u) => u.restricted) ?? [];
  if (restricted.length > 0) {
    if (reachesByUnit(unitRolesOver(true))) return ALLOWED;
    if (!assignments) return unknown;
    return refuse(
      `This user is in the restricted management administrative unit ${allOf(restricted.map((u) => u.name))}: only administrators assigned to that unit can ${THEIR[action]}. Directory-wide roles, Global Administrator included, cannot.`,
    );
  }

  // entra-docs groups-concept.md: "at least the Privileged Authentication Administrator role".
  const groups = target?.protectingGroups ?? [];
  if (groups.length > 0) {
    const privileged = ROLE_TEMPLATE.privilegedAuthenticationAdministrator;
    if (wide.some((id) => REACHES_EVERYONE.includes(id))) return ALLOWED;
    if (unitRolesOver(false).some((r) => r.templateId === privileged)) return ALLOWED;
    if (!assignments && units?.length !== 0) return unknown;
    return refuse(
      `This user is a member of the role-assignable group ${allOf(groups)}. Entra lets only ${anyOf(REACHES_EVERYONE)} ${THEIR[action]}.`,
    );
  }

  const acting = wide.filter((id) => REACHES_EVERYONE.includes(id) || id in REACH[action]);
  if (!target || acting.some((id) => roleReaches(id, targetRoles, action))) return ALLOWED;
  if (reachesByUnit(unitRolesOver(false))) return ALLOWED;

  const custom = assignments?.customRoles.filter((c) => c.grants === 'unknown' || c.grants[action]) ?? [];
  if (custom.length > 0)
    return {
      allowed: true,
      unknown: `Your custom role ${allOf(custom.map((c) => c.name))} may allow this: Graph decides.`,
    };
  // Without the assignments a unit-scoped role could still reach a user in a unit, or one whose units are unknown.
  if (!assignments && units?.length !== 0) return unknown;

  const needs = `This needs ${anyOf(rolesReaching(targetRoles, action))}.`;
  const targetAdminRoles = `admin roles (${target.roles?.map((r) => r.name).join(', ')})`;
  if (acting.length > 0)
    return refuse(
      `This user holds ${targetAdminRoles}. Entra lets ${anyOf(rolesReaching(targetRoles, action))} ${THEIR[action]}, not ${anyOf(acting)}.`,
    );
  const scoped = assignments?.unitRoles.filter((r) => r.templateId in UNIT_REACH[action]) ?? [];
  if (scoped.length > 0) {
    const inUnit = scoped.filter((r) => units?.some((u) => u.id === r.unitId));
    if (inUnit.length > 0)
      return refuse(
        `Your ${inUnit[0]!.name} role in the administrative unit ${unitLabel(inUnit[0]!)} does not reach this user, who holds ${targetAdminRoles}. ${needs}`,
      );
    const unitsNamed = listed([...new Set(scoped.map(unitLabel))]);
    return refuse(
      `Your ${listed([...new Set(scoped.map((r) => r.name))])} role is scoped to the administrative unit ${unitsNamed}, and this user is not a member of it. ${needs}`,
    );
  }
  const customNames = assignments?.customRoles.map((c) => c.name) ?? [];
  const names = [...operator.directoryWide.map((r) => r.name), ...customNames];
  // entra-docs custom-user-permissions.md: the preset list holds no method or password permission.
  const customNote = customNames.length
    ? ' Entra offers custom roles no authentication-method or password permission.'
    : '';
  const mine =
    names.length > 0
      ? `Your roles (${names.join(', ')})`
      : assignments
        ? 'You have no admin role and'
        : 'You hold no directory-wide admin role, this user is in no administrative unit, and you';
  return refuse(`${mine} cannot ${ANOTHER[action]}.${customNote} ${needs}`);
}
