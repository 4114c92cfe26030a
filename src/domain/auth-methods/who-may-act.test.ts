import { describe, expect, it } from 'vitest';
import { roleReaches, rolesReaching } from './who-may-act.ts';

// entra-docs identity/role-based-access-control/privileged-roles-permissions.md, read column by column: for
// each operator role, the target rows ticked. A target with no admin role ("User (no admin role)") is ticked
// in every column; "All other built-in and custom roles" in the last two only.
const T = {
  authAdmin: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  globalAdmin: '62e90394-69f5-4237-9190-012177145e10',
  groupsAdmin: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  guestInviter: '95e79109-95c0-4d8e-aee3-d01accf2d47b',
  helpdeskAdmin: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  messageCenterReader: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  passwordAdmin: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  privilegedAuthAdmin: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  privilegedRoleAdmin: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  userAdmin: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  uxSuccessManager: '27460883-1df1-4691-b032-3b79643e5e63',
  usageSummaryReader: '75934031-6c7e-415a-99d7-48dbd49e875e',
  securityAdmin: '194ae4cb-b126-40b2-bd5b-6091b380977d',
};
const EVERY_ROW = Object.values(T);

const PASSWORD_COLUMNS: Record<string, string[]> = {
  [T.passwordAdmin]: [T.directoryReaders, T.guestInviter, T.passwordAdmin],
  [T.helpdeskAdmin]: [
    T.directoryReaders,
    T.guestInviter,
    T.helpdeskAdmin,
    T.messageCenterReader,
    T.passwordAdmin,
    T.reportsReader,
    T.uxSuccessManager,
    T.usageSummaryReader,
  ],
  [T.authAdmin]: [
    T.authAdmin,
    T.directoryReaders,
    T.guestInviter,
    T.messageCenterReader,
    T.passwordAdmin,
    T.reportsReader,
    T.uxSuccessManager,
    T.usageSummaryReader,
  ],
  [T.userAdmin]: [
    T.directoryReaders,
    T.groupsAdmin,
    T.guestInviter,
    T.helpdeskAdmin,
    T.messageCenterReader,
    T.passwordAdmin,
    T.reportsReader,
    T.userAdmin,
    T.uxSuccessManager,
    T.usageSummaryReader,
  ],
  [T.privilegedAuthAdmin]: EVERY_ROW,
  [T.globalAdmin]: EVERY_ROW,
};
// "Who can perform sensitive actions", the Auth Admin column: the same rows as its password column.
const METHOD_COLUMNS: Record<string, string[]> = {
  [T.authAdmin]: PASSWORD_COLUMNS[T.authAdmin]!,
  [T.privilegedAuthAdmin]: EVERY_ROW,
  [T.globalAdmin]: EVERY_ROW,
};

describe("who may act on whom: every cell of Entra's tables", () => {
  for (const [action, columns] of [
    ['resetPassword', PASSWORD_COLUMNS],
    ['methods', METHOD_COLUMNS],
  ] as const) {
    it(`${action}: each column reaches exactly its ticked rows, and non-admins`, () => {
      for (const operator of [...Object.keys(PASSWORD_COLUMNS), T.securityAdmin]) {
        for (const row of EVERY_ROW) {
          const ticked = columns[operator]?.includes(row) ?? false;
          expect(roleReaches(operator, [row], action), `${operator} on ${row}`).toBe(ticked);
        }
        expect(roleReaches(operator, [], action)).toBe(operator in columns);
      }
    });
  }

  it('needs every role of the target in the column; a role the app cannot name is out of reach', () => {
    expect(roleReaches(T.passwordAdmin, [T.passwordAdmin, T.helpdeskAdmin], 'resetPassword')).toBe(false);
    expect(roleReaches(T.helpdeskAdmin, [T.passwordAdmin, T.helpdeskAdmin], 'resetPassword')).toBe(true);
    expect(roleReaches(T.helpdeskAdmin, [null], 'resetPassword')).toBe(false);
  });

  it('names who can, for the explanation', () => {
    expect(rolesReaching([T.helpdeskAdmin], 'resetPassword')).toEqual([
      T.helpdeskAdmin,
      T.userAdmin,
      T.privilegedAuthAdmin,
      T.globalAdmin,
    ]);
    expect(rolesReaching([T.securityAdmin], 'methods')).toEqual([T.privilegedAuthAdmin, T.globalAdmin]);
  });
});
