import type { DirectoryRole } from '@microsoft/microsoft-graph-types-beta';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EVENTUAL } from '../../testing/collect-pages.ts';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';
import { PERSONAS } from '../../tenant/personas.ts';
import { ROLE } from '../../tenant/roles.ts';

let emulator: TestEmulator;
const megan = () => `meganb@${emulator.state.tenant.domain}`;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 200 });
});
afterAll(() => emulator.close());
afterEach(() => {
  emulator.state.options.directoryRoleLimitedForm = 'templateId';
});

const roles = (body: { value: DirectoryRole[] }) => body.value;

describe('another user’s directory roles (docs/graph-notes.md §11.3)', () => {
  it.each(['transitiveMemberOf', 'memberOf'])(
    'lists %s cast to directoryRole, by UPN or id',
    async (relation) => {
      const token = await emulator.token('global-reader');
      const byUpn = await emulator.graph(
        `/v1.0/users/${megan()}/${relation}/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId`,
        { token },
      );
      expect(byUpn.status).toBe(200);
      expect(byUpn.body['@odata.context']).toBe(
        `${emulator.url}/v1.0/$metadata#directoryRoles(id,displayName,roleTemplateId)`,
      );
      expect(roles(byUpn.body)).toEqual<DirectoryRole[]>([
        {
          '@odata.type': '#microsoft.graph.directoryRole',
          id: emulator.state.tenant.directoryRoleIds.get(ROLE.authenticationAdministrator),
          displayName: 'Authentication Administrator',
          roleTemplateId: ROLE.authenticationAdministrator,
        } as DirectoryRole,
      ]);
      const id = emulator.state.tenant.usersByUpn.get(megan())?.id;
      const byId = await emulator.graph(`/beta/users/${id}/${relation}/microsoft.graph.directoryRole`, {
        token,
      });
      expect(roles(byId.body).map((r) => r.roleTemplateId)).toEqual([ROLE.authenticationAdministrator]);
      expect(roles(byId.body)[0]).toHaveProperty('description');
    },
  );

  it('answers with or without the advanced-query parameters, counting only with both', async () => {
    const token = await emulator.token('no-role');
    const path = `/v1.0/users/${megan()}/transitiveMemberOf/microsoft.graph.directoryRole`;
    expect((await emulator.graph(path, { token })).body).not.toHaveProperty('@odata.count');
    const counted = await emulator.graph(`${path}?$count=true`, { token, headers: EVENTUAL });
    expect(counted.body['@odata.count']).toBe(1);
  });

  it('needs no admin role: every persona may read another user’s roles', async () => {
    for (const persona of PERSONAS) {
      const response = await emulator.graph(
        `/v1.0/users/${megan()}/transitiveMemberOf/microsoft.graph.directoryRole`,
        {
          token: await emulator.token(persona.id),
        },
      );
      expect(response.status, persona.id).toBe(200);
    }
  });

  it('returns limited items without a role-reading scope: template id kept, names null', async () => {
    const token = await emulator.token('no-role', ['User.ReadBasic.All']);
    const response = await emulator.graph(
      `/v1.0/users/${megan()}/transitiveMemberOf/microsoft.graph.directoryRole`,
      { token },
    );
    expect(roles(response.body)).toEqual([
      expect.objectContaining({
        roleTemplateId: ROLE.authenticationAdministrator,
        displayName: null,
        description: null,
      }),
    ]);
  });

  it('can return the documented @odata.type + id form instead (directoryRoleLimitedForm: idOnly)', async () => {
    emulator.state.options.directoryRoleLimitedForm = 'idOnly';
    const token = await emulator.token('no-role', ['User.ReadBasic.All']);
    const response = await emulator.graph(
      `/v1.0/users/${megan()}/transitiveMemberOf/microsoft.graph.directoryRole`,
      { token },
    );
    const [role] = roles(response.body);
    expect(role).toMatchObject({
      '@odata.type': '#microsoft.graph.directoryRole',
      roleTemplateId: null,
      displayName: null,
    });
    expect(role?.id).toEqual(expect.any(String));
    const full = await emulator.graph(
      `/v1.0/users/${megan()}/transitiveMemberOf/microsoft.graph.directoryRole`,
      {
        token: await emulator.token('no-role'),
      },
    );
    expect(roles(full.body)[0]?.roleTemplateId).toBe(ROLE.authenticationAdministrator);
  });

  it('needs a scope that reads other users: User.Read covers only the caller', async () => {
    const token = await emulator.token('helpdesk', ['User.Read']);
    expectGraphError(
      await emulator.graph(
        `/v1.0/users/adelev@${emulator.state.tenant.domain}/transitiveMemberOf/microsoft.graph.directoryRole`,
        { token },
      ),
      403,
      'Authorization_RequestDenied',
    );
    const own = await emulator.graph(
      `/v1.0/users/${megan()}/transitiveMemberOf/microsoft.graph.directoryRole`,
      { token },
    );
    expect(roles(own.body).map((r) => r.roleTemplateId)).toEqual([ROLE.authenticationAdministrator]);
  });

  it('answers an unknown user with 404 and a user without roles with an empty list', async () => {
    const token = await emulator.token('global-reader');
    expectGraphError(
      await emulator.graph(
        '/v1.0/users/nobody@contoso.onmicrosoft.com/memberOf/microsoft.graph.directoryRole',
        { token },
      ),
      404,
      'Request_ResourceNotFound',
    );
    const plain = await emulator.graph(
      `/v1.0/users/nestorw@${emulator.state.tenant.domain}/memberOf/microsoft.graph.directoryRole`,
      {
        token,
      },
    );
    expect(plain.body.value).toEqual([]);
  });

  it('still answers /me the same way (shared listing)', async () => {
    const response = await emulator.graph(
      '/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole?$select=roleTemplateId',
      {
        token: await emulator.token('global-admin'),
      },
    );
    expect(roles(response.body).map((r) => r.roleTemplateId)).toEqual([ROLE.globalAdministrator]);
  });
});
