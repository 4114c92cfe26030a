import type { UnifiedRoleAssignment } from '@microsoft/microsoft-graph-types-beta';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';
import { ROLE } from '../../tenant/roles.ts';
import type { TenantUser } from '../../tenant/model.ts';

let emulator: TestEmulator;
let reader: string;
let megan: TenantUser;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 300 });
  reader = await emulator.token('global-reader');
  megan = emulator.state.tenant.usersByUpn.get(`meganb@${emulator.state.tenant.domain}`) as TenantUser;
});
afterAll(() => emulator.close());
afterEach(() => {
  emulator.state.options.roleAssignmentsRoleGate = true;
});

const byPrincipal = (id: string, extra = '') =>
  `/v1.0/roleManagement/directory/roleAssignments?$filter=${encodeURIComponent(`principalId eq '${id}'`)}${extra}`;

describe('GET /roleManagement/directory/roleAssignments (docs/graph-notes.md §11.2c)', () => {
  it('lists a principal’s assignments with the role definition expanded', async () => {
    const response = await emulator.graph(byPrincipal(megan.id, '&$expand=roleDefinition'), {
      token: reader,
    });
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(
      `${emulator.url}/v1.0/$metadata#roleManagement/directory/roleAssignments(roleDefinition())`,
    );
    const [assignment, ...rest] = response.body.value as UnifiedRoleAssignment[];
    expect(rest).toEqual([]);
    expect(assignment).toMatchObject<UnifiedRoleAssignment>({
      principalId: megan.id,
      roleDefinitionId: ROLE.authenticationAdministrator,
      directoryScopeId: '/',
      roleDefinition: {
        id: ROLE.authenticationAdministrator,
        templateId: ROLE.authenticationAdministrator,
        displayName: 'Authentication Administrator',
        isBuiltIn: true,
        isEnabled: true,
      },
    });
    // Graph's id: base64url of the role definition and principal GUID bytes, then "-1".
    expect(assignment?.id).toMatch(/^[A-Za-z0-9_-]{43}-1$/);
    expect(assignment).not.toHaveProperty('resourceScope');
  });

  it('builds ids exactly as the docs sample does', async () => {
    const user = emulator.state.tenant.users.find((u) =>
      u.roles.includes(ROLE.globalAdministrator),
    ) as TenantUser;
    const original = user.id;
    // Re-key a Global Administrator to the sample's principal and compare with the sample's id.
    emulator.state.tenant.usersById.delete(original);
    user.id = 'f1847572-48aa-47aa-96a3-2ec61904f41f';
    emulator.state.tenant.usersById.set(user.id, user);
    try {
      const response = await emulator.graph(byPrincipal(user.id), { token: reader });
      expect((response.body.value as UnifiedRoleAssignment[]).map((a) => a.id)).toContain(
        'lAPpYvVpN0KRkAEhdxReEHJ1hPGqSKpHlqMuxhkE9B8-1',
      );
    } finally {
      emulator.state.tenant.usersById.delete(user.id);
      user.id = original;
      emulator.state.tenant.usersById.set(original, user);
    }
  });

  it('lists every assignment without a filter and filters by role definition', async () => {
    const all = await emulator.graph('/v1.0/roleManagement/directory/roleAssignments', { token: reader });
    const { customRoleAssignments, unitRoles } = emulator.state.tenant.delegation;
    const directoryWide = emulator.state.tenant.users.reduce((n, u) => n + u.roles.length, 0);
    expect(all.body.value).toHaveLength(directoryWide + customRoleAssignments.length + unitRoles.length);
    const admins = await emulator.graph(
      `/v1.0/roleManagement/directory/roleAssignments?$filter=${encodeURIComponent(`roleDefinitionId eq '${ROLE.globalAdministrator}'`)}`,
      { token: reader },
    );
    const ids = (admins.body.value as UnifiedRoleAssignment[]).map((a) => a.principalId).sort();
    expect(ids).toEqual(
      emulator.state.tenant.users
        .filter((u) => u.roles.includes(ROLE.globalAdministrator))
        .map((u) => u.id)
        .sort(),
    );
  });

  it('supports $select and a $select inside the expansion; beta adds resourceScope', async () => {
    const response = await emulator.graph(
      byPrincipal(
        megan.id,
        '&$select=id,roleDefinitionId&$expand=roleDefinition($select=displayName)',
      ).replace('/v1.0/', '/beta/'),
      { token: reader },
    );
    expect(response.body.value).toEqual([
      {
        id: expect.any(String),
        roleDefinitionId: ROLE.authenticationAdministrator,
        roleDefinition: { id: ROLE.authenticationAdministrator, displayName: 'Authentication Administrator' },
      },
    ]);
    const beta = await emulator.graph(byPrincipal(megan.id).replace('/v1.0/', '/beta/'), { token: reader });
    expect(beta.body.value[0]).toMatchObject({ resourceScope: '/' });
  });

  it('refuses unknown expansions and filter properties', async () => {
    expectGraphError(
      await emulator.graph(byPrincipal(megan.id, '&$expand=principal'), { token: reader }),
      400,
      'BadRequest',
    );
    expectGraphError(
      await emulator.graph("/v1.0/roleManagement/directory/roleAssignments?$filter=condition eq 'x'", {
        token: reader,
      }),
      400,
      'BadRequest',
    );
  });

  it.each([
    ['global-reader', 200],
    ['global-admin', 200],
    ['helpdesk', 403],
    ['privileged-helpdesk', 403],
    ['security-lead', 403],
    ['no-role', 403],
  ] as const)('role gate: %s gets %i', async (persona, status) => {
    const response = await emulator.graph(byPrincipal(megan.id), { token: await emulator.token(persona) });
    expect(response.status).toBe(status);
    if (status === 403) expectGraphError(response, 403, 'Authorization_RequestDenied');
  });

  it('lets any caller through with roleAssignmentsRoleGate off, but still needs the scope', async () => {
    emulator.state.options.roleAssignmentsRoleGate = false;
    expect(
      (await emulator.graph(byPrincipal(megan.id), { token: await emulator.token('helpdesk') })).status,
    ).toBe(200);
    const token = await emulator.token('global-admin', ['User.Read.All']);
    expectGraphError(
      await emulator.graph(byPrincipal(megan.id), { token }),
      403,
      'Authorization_RequestDenied',
    );
  });
});
