import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPages } from '../../testing/collect-pages.ts';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';
import { ROLE } from '../../tenant/roles.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 300 });
});
afterAll(() => emulator.close());

describe('GET /directoryRoles and /directoryRoles/{id}/members (docs/graph-notes.md §11.2b)', () => {
  it('lists the activated roles with names and template ids, to any member holding the scope', async () => {
    const token = await emulator.token('privileged-helpdesk');
    const response = await emulator.graph('/v1.0/directoryRoles?$select=id,displayName,roleTemplateId', {
      token,
    });
    expect(response.status).toBe(200);
    const held = new Set(emulator.state.tenant.users.flatMap((u) => u.roles));
    expect(response.body.value).toHaveLength(held.size);
    const global = response.body.value.find(
      (r: { roleTemplateId: string }) => r.roleTemplateId === ROLE.globalAdministrator,
    );
    expect(global).toEqual({
      '@odata.type': '#microsoft.graph.directoryRole',
      id: emulator.state.tenant.directoryRoleIds.get(ROLE.globalAdministrator),
      displayName: 'Global Administrator',
      roleTemplateId: ROLE.globalAdministrator,
    });
  });

  it('pages a role’s members and matches the tenant’s holders, by object id or template id', async () => {
    const token = await emulator.token('privileged-helpdesk');
    // Five more holders, so that the list takes several pages.
    const template = ROLE.helpdeskAdministrator;
    for (const user of emulator.state.tenant.users.filter((u) => u.roles.length === 0).slice(0, 5))
      user.roles.push(template);
    const roleId = emulator.state.tenant.directoryRoleIds.get(template) ?? '';
    const { items, pages } = await collectPages(
      emulator,
      `/v1.0/directoryRoles/${roleId}/members/microsoft.graph.user?$select=id,userPrincipalName&$top=2`,
      { token },
    );
    const holders = emulator.state.tenant.users.filter((u) => u.roles.includes(template));
    expect(items.map((m) => m.id).sort()).toEqual(holders.map((u) => u.id).sort());
    expect(holders.length).toBeGreaterThan(2);
    expect(pages.length).toBe(Math.ceil(holders.length / 2));
    expect(Object.keys(items[0]).sort()).toEqual(['@odata.type', 'id', 'userPrincipalName']);
    const byTemplate = await emulator.graph(`/v1.0/directoryRoles/${template}/members`, {
      token,
    });
    expect(byTemplate.body.value).toHaveLength(holders.length);
  });

  it('needs a role-reading scope, refuses guests, and answers 404 for an unknown role', async () => {
    const narrow = await emulator.token('privileged-helpdesk', ['User.Read']);
    expectGraphError(
      await emulator.graph('/v1.0/directoryRoles', { token: narrow }),
      403,
      'Authorization_RequestDenied',
    );
    const token = await emulator.token('privileged-helpdesk');
    expectGraphError(
      await emulator.graph('/v1.0/directoryRoles/00000000-0000-0000-0000-000000000000/members', { token }),
      404,
      'Request_ResourceNotFound',
    );
    expectGraphError(
      await emulator.graph('/v1.0/directoryRoles?$filter=id eq 1', { token }),
      400,
      'BadRequest',
    );
  });
});
