import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import { userWhere } from '../testing/tenant-picks.ts';

const PERSONAS = [
  'helpdesk',
  'privileged-helpdesk',
  'security-lead',
  'global-reader',
  'global-admin',
  'no-role',
] as const;

interface Probe {
  name: string;
  method?: string;
  path: (ids: { member: string; admin: string }) => string;
  body?: unknown;
  /** Expected status per persona, in PERSONAS order (docs/graph-notes.md §2, §2.1, §11). */
  expected: [number, number, number, number, number, number];
}

const READERS: Probe['expected'] = [403, 403, 200, 200, 200, 403];
const PROBES: Probe[] = [
  {
    name: 'usersRegisteredByFeature',
    path: () => '/v1.0/reports/authenticationMethods/usersRegisteredByFeature()',
    expected: READERS,
  },
  {
    name: 'userRegistrationDetails list',
    path: () => '/v1.0/reports/authenticationMethods/userRegistrationDetails?$top=5',
    expected: READERS,
  },
  {
    name: 'userRegistrationDetails of one user',
    path: ({ member }) => `/v1.0/reports/authenticationMethods/userRegistrationDetails/${member}`,
    expected: READERS,
  },
  {
    name: 'userEventsSummary (beta)',
    path: () => '/beta/reports/authenticationMethods/userEventsSummary?$top=5',
    expected: READERS,
  },
  {
    name: 'getCredentialUsageSummary (legacy)',
    path: () => "/beta/reports/getCredentialUsageSummary(period='D7')",
    expected: READERS,
  },
  { name: 'list users', path: () => '/v1.0/users?$top=5', expected: [200, 200, 200, 200, 200, 200] },
  {
    name: 'own directory roles',
    path: () => '/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole',
    expected: [200, 200, 200, 200, 200, 200],
  },
  {
    name: 'read a member’s methods',
    path: ({ member }) => `/v1.0/users/${member}/authentication/methods`,
    expected: [200, 200, 403, 200, 200, 403],
  },
  {
    name: 'read an admin’s methods',
    path: ({ admin }) => `/v1.0/users/${admin}/authentication/methods`,
    expected: [200, 200, 403, 200, 200, 403],
  },
  {
    name: 'issue a TAP to a member',
    method: 'POST',
    body: {},
    path: ({ member }) => `/v1.0/users/${member}/authentication/temporaryAccessPassMethods`,
    expected: [201, 201, 403, 403, 201, 403],
  },
  {
    name: 'issue a TAP to an admin',
    method: 'POST',
    body: {},
    path: ({ admin }) => `/v1.0/users/${admin}/authentication/temporaryAccessPassMethods`,
    expected: [403, 201, 403, 403, 201, 403],
  },
  {
    name: 'reset a member’s password',
    method: 'POST',
    path: ({ member }) =>
      `/v1.0/users/${member}/authentication/passwordMethods/28c10230-6103-485e-b985-444c60001490/resetPassword`,
    expected: [202, 202, 403, 403, 202, 403],
  },
  {
    name: 'revoke a member’s sessions',
    method: 'POST',
    path: ({ member }) => `/v1.0/users/${member}/revokeSignInSessions`,
    expected: [200, 200, 403, 403, 200, 403],
  },
  {
    name: 'read the methods policy',
    path: () => '/v1.0/policies/authenticationMethodsPolicy',
    expected: [403, 403, 403, 200, 200, 403],
  },
  {
    // rbac-conditionalaccess-apis-read.md: Security Reader, Global Reader, Conditional Access Administrator.
    name: 'Conditional Access policies',
    path: () => '/v1.0/identity/conditionalAccess/policies',
    expected: [403, 403, 200, 200, 200, 403],
  },
  {
    name: 'role assignments of a user',
    path: ({ member }) => `/v1.0/roleManagement/directory/roleAssignments?$filter=principalId eq '${member}'`,
    expected: [403, 403, 403, 200, 200, 403],
  },
  {
    // Any member may list directory roles and their holders with RoleManagement.Read.Directory (§11.2b).
    name: 'directory roles',
    path: () => '/v1.0/directoryRoles',
    expected: [200, 200, 200, 200, 200, 200],
  },
  {
    name: 'holders of a directory role',
    path: () => '/v1.0/directoryRoles/62e90394-69f5-4237-9190-012177145e10/members?$select=id',
    expected: [200, 200, 200, 200, 200, 200],
  },
];

let emulator: TestEmulator;
const tokens: Record<string, string> = {};
let ids: { member: string; admin: string };

beforeAll(async () => {
  emulator = await startTestEmulator({ users: 300, legacyReports: 'serve' });
  for (const p of PERSONAS) tokens[p] = await emulator.token(p);
  ids = {
    member: userWhere(
      emulator,
      (u) => u.roles.length === 0 && u.userType === 'member' && u.department !== 'IT',
    ).id,
    admin: userWhere(emulator, (u) => u.displayName === 'Adele Vance').id,
  };
});
afterAll(() => emulator.close());

describe('permission matrix: persona × endpoint', () => {
  it('answers every call as the contract’s roles and scopes say', async () => {
    const actual: Record<string, number[]> = {};
    for (const probe of PROBES) {
      actual[probe.name] = [];
      for (const persona of PERSONAS) {
        const response = await emulator.graph(probe.path(ids), {
          token: tokens[persona],
          method: probe.method ?? 'GET',
          body: probe.body,
        });
        actual[probe.name]?.push(response.status);
      }
    }
    // Printed so a reader can see the whole matrix at once.
    console.log(
      [
        'endpoint'.padEnd(38) + PERSONAS.map((p) => p.padStart(20)).join(''),
        ...Object.entries(actual).map(
          ([name, row]) => name.padEnd(38) + row.map((s) => String(s).padStart(20)).join(''),
        ),
      ].join('\n'),
    );
    expect(actual).toEqual(Object.fromEntries(PROBES.map((p) => [p.name, p.expected])));
  });
});
