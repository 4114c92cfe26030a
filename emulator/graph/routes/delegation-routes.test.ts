import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_ROLE_NAME, EXECUTIVE_UNIT, SALES_UNIT } from '../../tenant/delegation.ts';
import type { TenantUser } from '../../tenant/model.ts';
import { ROLE } from '../../tenant/roles.ts';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

// Administrative units, scoped and custom roles and role-assignable groups as Graph shows and enforces them
// (sources in tenant/delegation.ts and tenant/admin-targets.ts).
let emulator: TestEmulator;
let salesMember: TenantUser;
let outsider: TenantUser;
let executive: TenantUser;
let tier0: TenantUser;
const unitId = (name: string) =>
  emulator.state.tenant.delegation.units.find((u) => u.displayName === name)!.id;

beforeAll(async () => {
  emulator = await startTestEmulator({ users: 400 });
  const { units, groups } = emulator.state.tenant.delegation;
  const [sales, exec] = units;
  const users = emulator.state.tenant.users;
  const shielded = (u: TenantUser) => exec!.memberIds.has(u.id) || groups[0]!.memberIds.has(u.id);
  salesMember = users.find((u) => sales!.memberIds.has(u.id) && u.roles.length === 0 && !shielded(u))!;
  outsider = users.find(
    (u) => u.userType === 'member' && u.roles.length === 0 && !sales!.memberIds.has(u.id) && !shielded(u),
  )!;
  executive = users.find((u) => exec!.memberIds.has(u.id))!;
  tier0 = users.find((u) => groups[0]!.memberIds.has(u.id))!;
});
afterAll(() => emulator.close());

const get = async (persona: string, path: string) =>
  emulator.graph(path, { token: await emulator.token(persona) });
// Toggling system-preferred MFA is a harmless write to probe with.
const write = async (persona: string, user: TenantUser) =>
  emulator.graph(`/beta/users/${user.id}/authentication/signInPreferences`, {
    token: await emulator.token(persona),
    method: 'PATCH',
    body: { isSystemPreferredAuthenticationMethodEnabled: true },
  });

describe('what Graph shows', () => {
  it('lists an operator’s unit-scoped and custom role assignments, with the custom definition’s permissions', async () => {
    const me = emulator.state.tenant.users.find((u) => u.displayName === 'Alex Wilber')!;
    const scoped = await get(
      'global-reader',
      `/v1.0/roleManagement/directory/roleAssignments?$filter=principalId eq '${me.id}'&$expand=roleDefinition`,
    );
    expect(scoped.status).toBe(200);
    const rows = scoped.body.value as { directoryScopeId: string; roleDefinitionId: string }[];
    expect(rows).toContainEqual(
      expect.objectContaining({
        roleDefinitionId: ROLE.authenticationAdministrator,
        directoryScopeId: `/administrativeUnits/${unitId(SALES_UNIT)}`,
      }),
    );
    const diego = emulator.state.tenant.users.find((u) => u.displayName === 'Diego Siciliani')!;
    const custom = await get(
      'global-reader',
      `/v1.0/roleManagement/directory/roleAssignments?$filter=principalId eq '${diego.id}'&$expand=roleDefinition`,
    );
    const definition = (custom.body.value as { roleDefinition: Record<string, unknown> }[])
      .map((r) => r.roleDefinition)
      .find((d) => d.isBuiltIn === false)!;
    expect(definition.displayName).toBe(CUSTOM_ROLE_NAME);
    const actions = (definition.rolePermissions as { allowedResourceActions: string[] }[])[0]!
      .allowedResourceActions;
    expect(actions.some((a) => a.includes('authenticationMethods') || a.includes('password'))).toBe(false);
  });

  it('lists a user’s units and role-assignable groups in memberOf, and casts to each type', async () => {
    const all = await get('helpdesk', `/v1.0/users/${executive.id}/memberOf`);
    const types = (all.body.value as { '@odata.type': string }[]).map((o) => o['@odata.type']);
    expect(types).toContain('#microsoft.graph.administrativeUnit');
    const units = await get(
      'helpdesk',
      `/v1.0/users/${executive.id}/memberOf/microsoft.graph.administrativeUnit?$select=id,displayName,isMemberManagementRestricted`,
    );
    expect(units.body.value).toContainEqual(
      expect.objectContaining({ displayName: EXECUTIVE_UNIT, isMemberManagementRestricted: true }),
    );
    const groups = await get(
      'helpdesk',
      `/v1.0/users/${tier0.id}/memberOf?$select=id,displayName,isAssignableToRole`,
    );
    expect(groups.body.value).toContainEqual(expect.objectContaining({ isAssignableToRole: true }));
    // A property the item's type lacks is left out, not sent as null.
    expect(
      groups.body.value.find((o: { isAssignableToRole?: boolean }) => o.isAssignableToRole),
    ).not.toHaveProperty('isMemberManagementRestricted');
  });

  it('reads a unit with AdministrativeUnit.Read.All, 404 for an unknown one', async () => {
    const unit = await get(
      'unit-helpdesk',
      `/v1.0/directory/administrativeUnits/${unitId(SALES_UNIT)}?$select=displayName`,
    );
    expect(unit.body.displayName).toBe(SALES_UNIT);
    expectGraphError(
      await get('unit-helpdesk', '/v1.0/directory/administrativeUnits/00000000-0000-4000-8000-000000000000'),
      404,
      'Request_ResourceNotFound',
    );
    const noScope = await emulator.token('unit-helpdesk', ['User.Read']);
    expect((await emulator.graph('/v1.0/directory/administrativeUnits', { token: noScope })).status).toBe(
      403,
    );
  });
});

describe('what Graph enforces', () => {
  it('lets the Sales unit’s Authentication Administrator act in the unit only', async () => {
    expect((await get('unit-helpdesk', `/v1.0/users/${salesMember.id}/authentication/methods`)).status).toBe(
      200,
    );
    expect((await write('unit-helpdesk', salesMember)).status).toBe(204);
    expect((await get('unit-helpdesk', `/v1.0/users/${outsider.id}/authentication/methods`)).status).toBe(
      403,
    );
    expect((await write('unit-helpdesk', outsider)).status).toBe(403);
  });

  it('blocks directory-wide roles, Global Administrator included, on a restricted unit’s member', async () => {
    expect((await write('global-admin', executive)).status).toBe(403);
    expect((await write('privileged-helpdesk', executive)).status).toBe(403);
    expect((await write('unit-helpdesk', executive)).status).toBe(403);
  });

  it('leaves role-assignable group members to Privileged Authentication Administrators', async () => {
    expect((await write('helpdesk', tier0)).status).toBe(403);
    expect((await write('privileged-helpdesk', tier0)).status).toBe(204);
  });

  it('gives the custom-role operator no method access', async () => {
    expect((await get('custom-role', `/v1.0/users/${outsider.id}/authentication/methods`)).status).toBe(403);
    expect((await write('custom-role', outsider)).status).toBe(403);
  });
});
