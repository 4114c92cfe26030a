import { describe, expect, it } from 'vitest';
import {
  canManageMethodsOf,
  canReadMethodsOf,
  canResetPasswordOf,
  canRevokeSessionsOf,
} from './admin-targets.ts';
import { EMPTY_DELEGATION, type Delegation } from './delegation.ts';
import type { TenantUser } from './model.ts';

// entra-docs identity/role-based-access-control/privileged-roles-permissions.md, transcribed row by row:
// for each role a target holds, the operator roles ticked in "Who can reset passwords" (PW) and "Who can
// perform sensitive actions" (SA, which governs managing authentication methods).
const ID = {
  passwordAdmin: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  helpdeskAdmin: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  authAdmin: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  userAdmin: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  privilegedAuthAdmin: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  globalAdmin: '62e90394-69f5-4237-9190-012177145e10',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  groupsAdmin: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  guestInviter: '95e79109-95c0-4d8e-aee3-d01accf2d47b',
  messageCenterReader: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  privilegedRoleAdmin: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  uxSuccessManager: '27460883-1df1-4691-b032-3b79643e5e63',
  usageSummaryReader: '75934031-6c7e-415a-99d7-48dbd49e875e',
  securityAdmin: '194ae4cb-b126-40b2-bd5b-6091b380977d',
} as const;
type Operator =
  'passwordAdmin' | 'helpdeskAdmin' | 'authAdmin' | 'userAdmin' | 'privilegedAuthAdmin' | 'globalAdmin';
const OPERATORS: Operator[] = [
  'passwordAdmin',
  'helpdeskAdmin',
  'authAdmin',
  'userAdmin',
  'privilegedAuthAdmin',
  'globalAdmin',
];
const ALL: Operator[] = OPERATORS;
const TOP: Operator[] = ['privilegedAuthAdmin', 'globalAdmin'];

const ROWS: { target: string; roles: string[]; pw: Operator[]; sa: Operator[] }[] = [
  { target: 'Auth Admin', roles: [ID.authAdmin], pw: ['authAdmin', ...TOP], sa: ['authAdmin', ...TOP] },
  {
    target: 'Directory Readers',
    roles: [ID.directoryReaders],
    pw: ALL,
    sa: ['authAdmin', 'userAdmin', ...TOP],
  },
  { target: 'Global Admin', roles: [ID.globalAdmin], pw: TOP, sa: TOP },
  { target: 'Groups Admin', roles: [ID.groupsAdmin], pw: ['userAdmin', ...TOP], sa: ['userAdmin', ...TOP] },
  { target: 'Guest Inviter', roles: [ID.guestInviter], pw: ALL, sa: ['authAdmin', 'userAdmin', ...TOP] },
  {
    target: 'Helpdesk Admin',
    roles: [ID.helpdeskAdmin],
    pw: ['helpdeskAdmin', 'userAdmin', ...TOP],
    sa: ['userAdmin', ...TOP],
  },
  {
    target: 'Message Center Reader',
    roles: [ID.messageCenterReader],
    pw: ['helpdeskAdmin', 'authAdmin', 'userAdmin', ...TOP],
    sa: ['authAdmin', 'userAdmin', ...TOP],
  },
  { target: 'Password Admin', roles: [ID.passwordAdmin], pw: ALL, sa: ['authAdmin', 'userAdmin', ...TOP] },
  { target: 'Privileged Auth Admin', roles: [ID.privilegedAuthAdmin], pw: TOP, sa: TOP },
  { target: 'Privileged Role Admin', roles: [ID.privilegedRoleAdmin], pw: TOP, sa: TOP },
  {
    target: 'Reports Reader',
    roles: [ID.reportsReader],
    pw: ['helpdeskAdmin', 'authAdmin', 'userAdmin', ...TOP],
    sa: ['authAdmin', 'userAdmin', ...TOP],
  },
  { target: 'User (no admin role)', roles: [], pw: ALL, sa: ['authAdmin', 'userAdmin', ...TOP] },
  { target: 'User Admin', roles: [ID.userAdmin], pw: ['userAdmin', ...TOP], sa: ['userAdmin', ...TOP] },
  {
    target: 'User Experience Success Manager',
    roles: [ID.uxSuccessManager],
    pw: ['helpdeskAdmin', 'authAdmin', 'userAdmin', ...TOP],
    sa: ['authAdmin', 'userAdmin', ...TOP],
  },
  {
    target: 'Usage Summary Reports Reader',
    roles: [ID.usageSummaryReader],
    pw: ['helpdeskAdmin', 'authAdmin', 'userAdmin', ...TOP],
    sa: ['authAdmin', 'userAdmin', ...TOP],
  },
  { target: 'All other built-in and custom roles', roles: [ID.securityAdmin], pw: TOP, sa: TOP },
];

const user = (roles: string[]) => ({ id: `u-${roles.join('-')}`, roles }) as unknown as TenantUser;

describe('who may act on whom (privileged-roles-permissions.md)', () => {
  for (const row of ROWS) {
    it(`${row.target}: password reset by ${row.pw.join(', ')}; methods by the Auth Admin column`, () => {
      for (const operator of OPERATORS) {
        const by = user([ID[operator]]);
        expect(canResetPasswordOf(by, user(row.roles), EMPTY_DELEGATION), `${operator} resets`).toBe(
          row.pw.includes(operator),
        );
        // Only the Authentication and Privileged Authentication Administrators manage methods at all
        // (includes/authentication-table-include.md); the User Admin column covers other sensitive actions.
        const managesMethods = row.sa.includes(operator) && operator !== 'userAdmin';
        expect(canManageMethodsOf(by, user(row.roles), EMPTY_DELEGATION), `${operator} manages methods`).toBe(
          managesMethods,
        );
      }
    });
  }

  it('needs every role a target holds to be in the column', () => {
    const target = user([ID.passwordAdmin, ID.helpdeskAdmin]);
    expect(canResetPasswordOf(user([ID.passwordAdmin]), target, EMPTY_DELEGATION)).toBe(false);
    expect(canResetPasswordOf(user([ID.helpdeskAdmin]), target, EMPTY_DELEGATION)).toBe(true);
    // An operator with two roles is in reach of what either column covers.
    expect(
      canResetPasswordOf(
        user([ID.passwordAdmin, ID.helpdeskAdmin]),
        user([ID.reportsReader]),
        EMPTY_DELEGATION,
      ),
    ).toBe(true);
  });

  it('lets only the roles that can invalidate refresh tokens revoke sessions, each within its column', () => {
    expect(canRevokeSessionsOf(user([ID.helpdeskAdmin]), user([ID.helpdeskAdmin]), EMPTY_DELEGATION)).toBe(
      true,
    );
    expect(canRevokeSessionsOf(user([ID.userAdmin]), user([ID.userAdmin]), EMPTY_DELEGATION)).toBe(true);
    expect(canRevokeSessionsOf(user([ID.authAdmin]), user([ID.helpdeskAdmin]), EMPTY_DELEGATION)).toBe(false);
    expect(canRevokeSessionsOf(user([ID.passwordAdmin]), user([]), EMPTY_DELEGATION)).toBe(false);
  });
});

// Delegation beyond directory-wide roles, one case per documented rule.
const unit = (id: string, memberIds: string[], restricted = false) => ({
  id,
  displayName: id,
  description: '',
  isMemberManagementRestricted: restricted,
  memberIds: new Set(memberIds),
});
const person = (id: string, roles: string[] = []) => ({ id, roles }) as unknown as TenantUser;
const inSales = person('in-sales');
const adminInSales = person('admin-in-sales', [ID.reportsReader]);
const outside = person('outside');
const executive = person('executive');
const tier0 = person('tier0');
const scoped = (roleDefinitionId: string): Delegation => ({
  ...EMPTY_DELEGATION,
  units: [unit('sales', ['in-sales', 'admin-in-sales', 'executive']), unit('exec', ['executive'], true)],
  unitRoles: [{ principalId: 'op', roleDefinitionId, unitId: 'sales' }],
  groups: [{ id: 'g', displayName: 'Tier 0', memberIds: new Set(['tier0']), ownerIds: new Set() }],
});

describe('administrative units (admin-units-assign-roles.md)', () => {
  const op = person('op');
  it('lets a unit-scoped Authentication Administrator act on non-admin members only', () => {
    const d = scoped(ID.authAdmin);
    expect(canManageMethodsOf(op, inSales, d)).toBe(true);
    expect(canReadMethodsOf(op, inSales, d)).toBe(true);
    expect(canResetPasswordOf(op, inSales, d)).toBe(true);
    // "for any non-admin user in the assigned administrative unit only"
    expect(canManageMethodsOf(op, adminInSales, d)).toBe(false);
    expect(canManageMethodsOf(op, outside, d)).toBe(false);
    expect(canReadMethodsOf(op, outside, d)).toBe(false);
  });
  it('lets unit-scoped Helpdesk and Password Administrators reset non-admin members, and nothing more', () => {
    for (const role of [ID.helpdeskAdmin, ID.passwordAdmin]) {
      const d = scoped(role);
      expect(canResetPasswordOf(op, inSales, d)).toBe(true);
      expect(canResetPasswordOf(op, adminInSales, d)).toBe(false);
      expect(canResetPasswordOf(op, outside, d)).toBe(false);
      expect(canManageMethodsOf(op, inSales, d)).toBe(false);
    }
  });
  it('lets a unit-scoped User Administrator reset limited admins in the unit', () => {
    expect(canResetPasswordOf(op, adminInSales, scoped(ID.userAdmin))).toBe(true);
    expect(canResetPasswordOf(op, person('x', [ID.authAdmin]), scoped(ID.userAdmin))).toBe(false);
  });
  it('lets a unit-scoped Privileged Authentication Administrator act on any member', () => {
    const d = scoped(ID.privilegedAuthAdmin);
    const admin = person('admin-in-sales', [ID.globalAdmin]);
    expect(canManageMethodsOf(op, admin, d)).toBe(true);
    expect(canManageMethodsOf(op, outside, d)).toBe(false);
  });
});

describe('restricted management units (admin-units-restricted-management.md)', () => {
  it('blocks directory-wide roles, Global Administrator included, and roles scoped to a regular unit', () => {
    const d = scoped(ID.authAdmin);
    for (const role of [ID.globalAdmin, ID.privilegedAuthAdmin, ID.authAdmin]) {
      expect(canManageMethodsOf(person('other', [role]), executive, d), role).toBe(false);
      expect(canResetPasswordOf(person('other', [role]), executive, d), role).toBe(false);
    }
    expect(canManageMethodsOf(person('op'), executive, d)).toBe(false);
    // Reading is not changing: a directory-wide reader still reads.
    expect(canReadMethodsOf(person('other', [ID.globalAdmin]), executive, d)).toBe(true);
  });
  it('lets an administrator assigned at the restricted unit act', () => {
    const d: Delegation = {
      ...scoped(ID.authAdmin),
      unitRoles: [{ principalId: 'op', roleDefinitionId: ID.authAdmin, unitId: 'exec' }],
    };
    expect(canManageMethodsOf(person('op'), executive, d)).toBe(true);
  });
});

describe('role-assignable groups and custom roles', () => {
  it('leaves members of role-assignable groups to Privileged Authentication and Global Administrators (groups-concept.md)', () => {
    const d = scoped(ID.authAdmin);
    expect(canManageMethodsOf(person('a', [ID.authAdmin]), tier0, d)).toBe(false);
    expect(canResetPasswordOf(person('h', [ID.helpdeskAdmin]), tier0, d)).toBe(false);
    expect(canRevokeSessionsOf(person('u', [ID.userAdmin]), tier0, d)).toBe(false);
    expect(canManageMethodsOf(person('p', [ID.privilegedAuthAdmin]), tier0, d)).toBe(true);
    expect(canResetPasswordOf(person('g', [ID.globalAdmin]), tier0, d)).toBe(true);
  });
  it('gives a custom role no reach: its preset permissions hold none for methods or passwords (custom-user-permissions.md)', () => {
    const d: Delegation = {
      ...EMPTY_DELEGATION,
      customRoles: [{ id: 'c', displayName: 'c', description: '', allowedResourceActions: [] }],
      customRoleAssignments: [{ principalId: 'op', roleDefinitionId: 'c' }],
    };
    expect(canReadMethodsOf(person('op'), outside, d)).toBe(false);
    expect(canManageMethodsOf(person('op'), outside, d)).toBe(false);
    expect(canResetPasswordOf(person('op'), outside, d)).toBe(false);
  });
});
