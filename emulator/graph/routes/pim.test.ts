import type {
  UnifiedRoleEligibilitySchedule,
  UnifiedRoleEligibilityScheduleInstance,
} from '@microsoft/microsoft-graph-types-beta';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';
import type { TenantUser } from '../../tenant/model.ts';
import { ROLE } from '../../tenant/roles.ts';

const ROOT = '/v1.0/roleManagement/directory';
let emulator: TestEmulator;
let reader: string;
let megan: TenantUser;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 800 });
  reader = await emulator.token('global-reader');
  megan = emulator.state.tenant.usersByUpn.get(`meganb@${emulator.state.tenant.domain}`) as TenantUser;
});
afterAll(() => emulator.close());
afterEach(() => {
  emulator.state.tenant.tier = 'p2';
  Object.assign(emulator.state.options, { pimRoleGate: true, pimRequiresP2: true });
});

const forPrincipal = (collection: string, id: string) =>
  `${ROOT}/${collection}?$filter=${encodeURIComponent(`principalId eq '${id}'`)}&$expand=roleDefinition`;

describe('PIM eligibility (docs/graph-notes.md §11.3)', () => {
  it('lists a principal’s eligibility instances with the role definition', async () => {
    const response = await emulator.graph(forPrincipal('roleEligibilityScheduleInstances', megan.id), {
      token: reader,
    });
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(
      `${emulator.url}/v1.0/$metadata#roleManagement/directory/roleEligibilityScheduleInstances(roleDefinition())`,
    );
    const [instance, ...rest] = response.body.value as UnifiedRoleEligibilityScheduleInstance[];
    expect(rest).toEqual([]);
    expect(instance).toMatchObject<UnifiedRoleEligibilityScheduleInstance>({
      principalId: megan.id,
      roleDefinitionId: ROLE.privilegedAuthenticationAdministrator,
      directoryScopeId: '/',
      appScopeId: null,
      memberType: 'Direct',
      roleDefinition: {
        id: ROLE.privilegedAuthenticationAdministrator,
        displayName: 'Privileged Authentication Administrator',
        templateId: ROLE.privilegedAuthenticationAdministrator,
      },
    });
    expect(instance?.id).toMatch(/^[A-Za-z0-9_-]{43}-1-e$/);
    expect(instance?.startDateTime).toEqual(expect.any(String));
  });

  it('lists the matching schedule with its scheduleInfo, linked from the instance', async () => {
    const schedules = await emulator.graph(forPrincipal('roleEligibilitySchedules', megan.id), {
      token: reader,
    });
    const [schedule] = schedules.body.value as UnifiedRoleEligibilitySchedule[];
    expect(schedule).toMatchObject<UnifiedRoleEligibilitySchedule>({
      principalId: megan.id,
      status: 'Provisioned',
      memberType: 'Direct',
      createdUsing: schedule?.id,
    });
    const expiration = schedule?.scheduleInfo?.expiration;
    expect(['noExpiration', 'afterDateTime']).toContain(expiration?.type);
    expect(expiration?.endDateTime === null).toBe(expiration?.type === 'noExpiration');
    const instances = await emulator.graph(forPrincipal('roleEligibilityScheduleInstances', megan.id), {
      token: reader,
    });
    expect(instances.body.value[0].roleEligibilityScheduleId).toBe(schedule?.id);
    expect(instances.body.value[0].endDateTime).toBe(expiration?.endDateTime);
  });

  it('generates a few deterministic eligibilities: the same tenant always answers the same', async () => {
    const first = await emulator.graph(`${ROOT}/roleEligibilityScheduleInstances`, { token: reader });
    const ids = (first.body.value as UnifiedRoleEligibilityScheduleInstance[]).map((i) => i.principalId);
    expect(ids.length).toBeGreaterThan(4);
    expect(ids.length).toBeLessThanOrEqual(24);
    const again = await emulator.graph(`${ROOT}/roleEligibilityScheduleInstances`, { token: reader });
    expect(again.body).toEqual(first.body);
    const other = await startTestEmulator({ users: 800 });
    try {
      const fresh = await other.graph(`${ROOT}/roleEligibilityScheduleInstances`, {
        token: await other.token('global-reader'),
      });
      expect(fresh.body.value.map((i: { roleDefinitionId: string }) => i.roleDefinitionId)).toEqual(
        first.body.value.map((i: { roleDefinitionId: string }) => i.roleDefinitionId),
      );
    } finally {
      await other.close();
    }
  });

  it('answers a tenant below P2 with 400 AadPremiumLicenseRequired, unless configured off', async () => {
    emulator.state.tenant.tier = 'p1';
    const response = await emulator.graph(`${ROOT}/roleEligibilityScheduleInstances`, { token: reader });
    expectGraphError(response, 400, 'AadPremiumLicenseRequired');
    expect(response.body.error.message).toBe('The tenant needs an AAD Premium 2 license.');
    emulator.state.options.pimRequiresP2 = false;
    expect((await emulator.graph(`${ROOT}/roleEligibilitySchedules`, { token: reader })).status).toBe(200);
  });

  it.each([
    ['global-reader', 200],
    ['global-admin', 200],
    ['security-lead', 200],
    ['helpdesk', 403],
    ['privileged-helpdesk', 403],
    ['no-role', 403],
  ] as const)('role gate: %s gets %i', async (persona, status) => {
    const response = await emulator.graph(forPrincipal('roleEligibilityScheduleInstances', megan.id), {
      token: await emulator.token(persona),
    });
    expect(response.status).toBe(status);
  });

  it('lets anyone through with pimRoleGate off, but needs the scope', async () => {
    emulator.state.options.pimRoleGate = false;
    expect(
      (await emulator.graph(`${ROOT}/roleEligibilitySchedules`, { token: await emulator.token('helpdesk') }))
        .status,
    ).toBe(200);
    const token = await emulator.token('global-admin', ['User.Read.All']);
    expectGraphError(
      await emulator.graph(`${ROOT}/roleEligibilitySchedules`, { token }),
      403,
      'Authorization_RequestDenied',
    );
  });

  it("filterByCurrentUser(on='principal') returns the caller’s own, with no admin role needed", async () => {
    const token = await emulator.token('helpdesk');
    const response = await emulator.graph(
      `${ROOT}/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')`,
      { token },
    );
    expect(response.status).toBe(200);
    expect(
      (response.body.value as UnifiedRoleEligibilityScheduleInstance[]).map((i) => i.principalId),
    ).toEqual([megan.id]);
    const none = await emulator.graph(
      `${ROOT}/roleEligibilitySchedules/filterByCurrentUser(on='principal')`,
      {
        token: await emulator.token('no-role'),
      },
    );
    expect(none.body.value).toEqual([]);
    expectGraphError(
      await emulator.graph(`${ROOT}/roleEligibilitySchedules/filterByCurrentUser(on='everyone')`, { token }),
      400,
      'BadRequest',
    );
  });
});
