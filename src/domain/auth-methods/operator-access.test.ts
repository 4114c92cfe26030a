import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import type { OperatorAssignments } from '../session/operator-assignments.ts';
import {
  accessFor as decide,
  refusedAlike,
  type TargetUnit,
  type OperatorRoles,
  type TargetFacts,
} from './operator-access.ts';
import type { UserRole } from './user-roles.ts';
import type { ManageAction } from './who-may-act.ts';

const role = (templateId: string, name = 'r') => ({ templateId, name });
const NONE: OperatorAssignments = { known: true, unitRoles: [], customRoles: [] };
const op = (
  roles: readonly UserRole[],
  assignments: OperatorAssignments | undefined = NONE,
): OperatorRoles => ({
  directoryWide: roles,
  assignments,
});
const tgt = (roles: readonly UserRole[], units: TargetUnit[] = [], groups: string[] = []): TargetFacts => ({
  roles,
  units,
  protectingGroups: groups,
});
/** Operator and target given as role lists: every other fact known and empty. */
const accessFor = (
  operator: readonly UserRole[] | undefined,
  target: readonly UserRole[] | undefined,
  action: ManageAction,
) => decide(operator && op(operator), target && tgt(target), action);
const authAdmin = [role(ROLE_TEMPLATE.authenticationAdministrator, 'Authentication Administrator')];
const privileged = [role(ROLE_TEMPLATE.privilegedAuthenticationAdministrator)];
const helpdeskTarget = [role(ROLE_TEMPLATE.helpdeskAdministrator, 'Helpdesk Administrator')];
const limitedTarget = [role(ROLE_TEMPLATE.reportsReader, 'Reports Reader')];

describe('accessFor', () => {
  it('Authentication Administrator: non-admins and limited admins yes, other admins no', () => {
    expect(accessFor(authAdmin, [], 'methods')).toEqual({ allowed: true });
    expect(accessFor(authAdmin, limitedTarget, 'methods')).toEqual({ allowed: true });
    const denied = accessFor(authAdmin, helpdeskTarget, 'methods');
    expect(denied.allowed).toBe(false);
    expect(!denied.allowed && denied.reason).toMatch(
      /Helpdesk Administrator.*Privileged Authentication Administrator/,
    );
  });

  it('Privileged Authentication Administrator and Global Administrator: everyone', () => {
    expect(accessFor(privileged, helpdeskTarget, 'methods')).toEqual({ allowed: true });
    expect(accessFor([role(ROLE_TEMPLATE.globalAdministrator)], helpdeskTarget, 'resetPassword')).toEqual({
      allowed: true,
    });
  });

  it('readers and no-role operators: nobody, with the role that can', () => {
    const reader = accessFor([role(ROLE_TEMPLATE.globalReader, 'Global Reader')], [], 'methods');
    expect(!reader.allowed && reader.reason).toMatch(/Global Reader.*Authentication Administrator/);
    const none = accessFor([], [], 'methods');
    expect(!none.allowed && none.reason).toMatch(/no admin role/);
  });

  // privileged-roles-permissions.md, "Who can reset passwords": the Helpdesk Administrator column ticks the
  // Helpdesk Admin row; the Password Administrator column does not tick the Auth Admin row.
  it("password helpers reset passwords within their column of Entra's table, and manage no methods", () => {
    const helper = [role(ROLE_TEMPLATE.helpdeskAdministrator, 'Helpdesk Administrator')];
    expect(accessFor(helper, [], 'resetPassword')).toEqual({ allowed: true });
    expect(accessFor(helper, [], 'methods').allowed).toBe(false);
    expect(accessFor(helper, helpdeskTarget, 'resetPassword')).toEqual({ allowed: true });
    const passwordAdmin = [role(ROLE_TEMPLATE.passwordAdministrator, 'Password Administrator')];
    const authAdminTarget = [role(ROLE_TEMPLATE.authenticationAdministrator, 'Authentication Administrator')];
    const refused = accessFor(passwordAdmin, authAdminTarget, 'resetPassword');
    expect(!refused.allowed && refused.reason).toBe(
      'This user holds admin roles (Authentication Administrator). Entra lets an Authentication Administrator, Privileged Authentication Administrator or Global Administrator reset their password, not a Password Administrator.',
    );
  });

  it('unknown roles leave the decision to Graph', () => {
    expect(accessFor(undefined, helpdeskTarget, 'methods')).toEqual({ allowed: true });
    expect(accessFor(authAdmin, undefined, 'methods')).toEqual({ allowed: true });
  });
});

const SALES: TargetUnit = { id: 'sales', name: 'Sales', restricted: false };
const EXEC: TargetUnit = { id: 'exec', name: 'Executive Office', restricted: true };
const scopedTo = (templateId: string, unit: TargetUnit): OperatorAssignments => ({
  known: true,
  unitRoles: [{ templateId, name: 'Authentication Administrator', unitId: unit.id, unitName: unit.name }],
  customRoles: [],
});
const UNKNOWN: OperatorAssignments = {
  known: false,
  reason: 'Graph lists role assignments only to a reader',
};

// entra-docs admin-units-assign-roles.md: unit-scoped roles reach the unit's non-admin members.
describe('administrative units', () => {
  const unitAuthAdmin = op([], scopedTo(ROLE_TEMPLATE.authenticationAdministrator, SALES));
  it('a unit-scoped Authentication Administrator acts on non-admin members of the unit', () => {
    expect(decide(unitAuthAdmin, tgt([], [SALES]), 'methods')).toEqual({ allowed: true });
    expect(decide(unitAuthAdmin, tgt([], [SALES]), 'resetPassword')).toEqual({ allowed: true });
  });
  it('…and explains before the call outside the unit, or on an admin in it', () => {
    const outside = decide(unitAuthAdmin, tgt([]), 'methods');
    expect(!outside.allowed && outside.reason).toBe(
      'Your Authentication Administrator role is scoped to the administrative unit Sales, and this user is not a member of it. This needs an Authentication Administrator, Privileged Authentication Administrator or Global Administrator.',
    );
    const admin = decide(unitAuthAdmin, tgt(limitedTarget, [SALES]), 'methods');
    expect(!admin.allowed && admin.reason).toMatch(
      /^Your Authentication Administrator role in the administrative unit Sales does not reach this user, who holds admin roles \(Reports Reader\)/,
    );
  });
  it('unit-scoped Helpdesk Administrators reset non-admin members only', () => {
    const helper = op([], scopedTo(ROLE_TEMPLATE.helpdeskAdministrator, SALES));
    expect(decide(helper, tgt([], [SALES]), 'resetPassword')).toEqual({ allowed: true });
    expect(decide(helper, tgt([], [SALES]), 'methods').allowed).toBe(false);
    expect(decide(helper, tgt(limitedTarget, [SALES]), 'resetPassword').allowed).toBe(false);
  });
  // admin-units-restricted-management.md: directory-wide roles, Global Administrator included, are blocked.
  it('a restricted management unit stops directory-wide roles and roles scoped to another unit', () => {
    const global = decide(op([role(ROLE_TEMPLATE.globalAdministrator)]), tgt([], [SALES, EXEC]), 'methods');
    expect(!global.allowed && global.reason).toMatch(
      /restricted management administrative unit Executive Office: only administrators assigned to that unit/,
    );
    expect(decide(unitAuthAdmin, tgt([], [SALES, EXEC]), 'methods').allowed).toBe(false);
    const execAdmin = op([], scopedTo(ROLE_TEMPLATE.authenticationAdministrator, EXEC));
    expect(decide(execAdmin, tgt([], [SALES, EXEC]), 'methods')).toEqual({ allowed: true });
  });
});

// entra-docs groups-concept.md: "at least the Privileged Authentication Administrator role".
describe('role-assignable groups', () => {
  it('leave their members to Privileged Authentication and Global Administrators', () => {
    const refused = decide(op(authAdmin), tgt([], [], ['Tier 0 Responders']), 'methods');
    expect(!refused.allowed && refused.reason).toBe(
      'This user is a member of the role-assignable group Tier 0 Responders. Entra lets only a Privileged Authentication Administrator or Global Administrator change their methods.',
    );
    expect(decide(op(privileged), tgt([], [], ['Tier 0 Responders']), 'resetPassword')).toEqual({
      allowed: true,
    });
  });
});

describe('what the app cannot see: Graph decides', () => {
  it('unreadable role assignments never read as "no admin role" where a unit role could reach', () => {
    const access = decide(op([], UNKNOWN), tgt([], [SALES]), 'methods');
    expect(access.allowed).toBe(true);
    expect(access.allowed && access.unknown).toMatch(/could not be read.*Graph decides/);
    // Target memberships unknown: the same.
    expect(
      decide(op([], UNKNOWN), { roles: [], units: undefined, protectingGroups: undefined }, 'methods'),
    ).toMatchObject({ allowed: true });
  });
  it('…but a user in no unit is out of every unit role’s reach, which the refusal says', () => {
    const access = decide(op([], UNKNOWN), tgt([]), 'methods');
    expect(!access.allowed && access.reason).toMatch(
      /^You hold no directory-wide admin role, this user is in no administrative unit, and you cannot/,
    );
    expect(!access.allowed && access.reason).not.toMatch(/no admin role and/);
  });
  it('a custom role whose definition grants credential actions, or cannot be read, lets Graph decide', () => {
    const withCustom = (grants: 'unknown' | { methods: boolean; resetPassword: boolean }) =>
      op([], { known: true, unitRoles: [], customRoles: [{ name: 'Tier 1', scope: '/', grants }] });
    expect(decide(withCustom('unknown'), tgt([]), 'methods')).toMatchObject({ allowed: true });
    expect(decide(withCustom({ methods: true, resetPassword: false }), tgt([]), 'methods')).toMatchObject({
      allowed: true,
    });
    // custom-user-permissions.md: the preset list holds no method or password permission.
    const none = decide(withCustom({ methods: false, resetPassword: false }), tgt([]), 'resetPassword');
    expect(!none.allowed && none.reason).toMatch(
      /^Your roles \(Tier 1\) cannot reset another user's password\. Entra offers custom roles no authentication-method or password permission\./,
    );
  });
});

describe('refusedAlike', () => {
  const ga = [role(ROLE_TEMPLATE.globalAdministrator, 'Global Administrator')];

  it('says once why both actions are refused when the cause is the same', () => {
    const both = refusedAlike(accessFor(authAdmin, ga, 'methods'), accessFor(authAdmin, ga, 'resetPassword'));
    expect(both).toBe(
      'This user holds admin roles (Global Administrator). Entra lets a Privileged Authentication Administrator or Global Administrator change their methods or reset their password, not an Authentication Administrator.',
    );
  });

  it('keeps two explanations where the roles that would do differ', () => {
    const helpdesk = [role(ROLE_TEMPLATE.helpdeskAdministrator, 'Helpdesk Administrator')];
    const methods = accessFor(helpdesk, limitedTarget, 'methods');
    expect(methods.allowed).toBe(false);
    expect(refusedAlike(methods, { allowed: false, reason: 'Another cause.' })).toBeUndefined();
    expect(refusedAlike(methods, accessFor(helpdesk, limitedTarget, 'resetPassword'))).toBeUndefined();
  });
});
