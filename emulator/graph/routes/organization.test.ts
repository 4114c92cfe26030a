import type { Organization, SubscribedSku } from '@microsoft/microsoft-graph-types-beta';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';
import type { Tenant, TenantUser } from '../../tenant/model.ts';
import { PERSONAS } from '../../tenant/personas.ts';

const P1 = '41781fb2-bc02-4b7c-bd55-b576c07bb09d';
const P2 = 'eec0eb4f-6444-4f95-aba0-50c24d67f998';

let emulator: TestEmulator;
let admin: string;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 120 });
  admin = await emulator.token('global-admin');
});
afterAll(() => emulator.close());
afterEach(() => {
  emulator.state.tenant.tier = 'p2';
  emulator.state.options.subscribedSkusRoleGate = true;
});

/** The §11.8 detection rule, as the dashboard applies it. */
function tierOf(
  plans: { servicePlanId?: string | null; capabilityStatus?: string | null }[],
): Tenant['tier'] {
  const live = (id: string) =>
    plans.some((p) => p.servicePlanId === id && ['Enabled', 'Warning'].includes(p.capabilityStatus ?? ''));
  return live(P2) ? 'p2' : live(P1) ? 'p1' : 'free';
}

describe('GET /organization (docs/graph-notes.md §11.8)', () => {
  it.each(['free', 'p1', 'p2'] as const)('derives assignedPlans from a %s tenant', async (tier) => {
    emulator.state.tenant.tier = tier;
    const response = await emulator.graph(
      '/v1.0/organization?$select=id,displayName,verifiedDomains,assignedPlans',
      { token: admin },
    );
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(
      `${emulator.url}/v1.0/$metadata#organization(id,displayName,verifiedDomains,assignedPlans)`,
    );
    const [org, ...rest] = response.body.value as Organization[];
    expect(rest).toEqual([]);
    expect(org).toMatchObject<Organization>({
      id: emulator.state.tenant.id,
      displayName: emulator.state.tenant.displayName,
    });
    expect(org?.verifiedDomains).toEqual([
      expect.objectContaining({ name: emulator.state.tenant.domain, isDefault: true, isInitial: true }),
    ]);
    expect(tierOf(org?.assignedPlans ?? [])).toBe(tier);
    for (const plan of org?.assignedPlans ?? []) {
      expect(plan).toEqual({
        assignedDateTime: expect.any(String),
        capabilityStatus: 'Enabled',
        service: expect.any(String),
        servicePlanId: expect.any(String),
      });
    }
  });

  it('fills only id, displayName and verifiedDomains for a User.Read token', async () => {
    const token = await emulator.token('no-role', ['User.Read']);
    const response = await emulator.graph('/v1.0/organization', { token });
    expect(response.status).toBe(200);
    const org = response.body.value[0] as Organization;
    expect(org.id).toBe(emulator.state.tenant.id);
    expect(org.displayName).toBe(emulator.state.tenant.displayName);
    expect(org.verifiedDomains).toHaveLength(1);
    expect(org.assignedPlans).toBeNull();
    expect(org.tenantType).toBeNull();
    const full = (await emulator.graph('/v1.0/organization', { token: await emulator.token('no-role') })).body
      .value[0];
    expect(full.tenantType).toBe('AAD');
  });

  it('returns the entity for the tenant id and 404 for any other', async () => {
    const response = await emulator.graph(
      `/beta/organization/${emulator.state.tenant.id}?$select=id,displayName`,
      { token: admin },
    );
    expect(response.body).toEqual({
      '@odata.context': `${emulator.url}/beta/$metadata#organization(id,displayName)/$entity`,
      id: emulator.state.tenant.id,
      displayName: emulator.state.tenant.displayName,
    });
    expectGraphError(
      await emulator.graph('/v1.0/organization/00000000-0000-0000-0000-000000000000', { token: admin }),
      404,
      'Request_ResourceNotFound',
    );
  });

  it('lets every persona, and a guest, read it', async () => {
    for (const persona of PERSONAS) {
      const response = await emulator.graph('/v1.0/organization', {
        token: await emulator.token(persona.id),
      });
      expect(response.status, persona.id).toBe(200);
    }
    const caller = emulator.state.tenant.usersByUpn.get(
      `nestorw@${emulator.state.tenant.domain}`,
    ) as TenantUser;
    caller.userType = 'guest';
    try {
      const response = await emulator.graph('/v1.0/organization', { token: await emulator.token('no-role') });
      expect(response.status).toBe(200);
    } finally {
      caller.userType = 'member';
    }
  });

  it('needs a scope; refuses unknown properties', async () => {
    const token = await emulator.token('no-role', ['AuditLog.Read.All']);
    expectGraphError(
      await emulator.graph('/v1.0/organization', { token }),
      403,
      'Authorization_RequestDenied',
    );
    expectGraphError(
      await emulator.graph('/v1.0/organization?$select=shoeSize', { token: admin }),
      400,
      'BadRequest',
    );
  });
});

describe('GET /subscribedSkus (docs/graph-notes.md §11.8)', () => {
  it.each(['free', 'p1', 'p2'] as const)('derives the SKUs of a %s tenant', async (tier) => {
    emulator.state.tenant.tier = tier;
    const response = await emulator.graph('/v1.0/subscribedSkus', { token: admin });
    expect(response.status).toBe(200);
    const skus = response.body.value as SubscribedSku[];
    const plans = skus.flatMap((sku) =>
      (sku.servicePlans ?? []).map((p) => ({
        servicePlanId: p.servicePlanId,
        capabilityStatus: sku.capabilityStatus,
      })),
    );
    expect(tierOf(plans)).toBe(tier);
    for (const sku of skus) {
      expect(sku).toMatchObject<SubscribedSku>({
        appliesTo: 'User',
        capabilityStatus: 'Enabled',
        accountId: emulator.state.tenant.id,
      });
      expect(sku.id).toBe(`${emulator.state.tenant.id}_${sku.skuId}`);
      expect(sku.prepaidUnits?.enabled).toBeGreaterThanOrEqual(sku.consumedUnits as number);
    }
    // SKU ids are not service-plan ids: the P2 SKU carries the P2 plan.
    if (tier === 'p2') expect(skus.map((s) => s.skuPartNumber)).toContain('AAD_PREMIUM_P2');
  });

  it('supports $select and a single SKU by id', async () => {
    const list = await emulator.graph('/v1.0/subscribedSkus?$select=skuPartNumber', { token: admin });
    expect(list.body.value[0]).toEqual({ id: expect.any(String), skuPartNumber: expect.any(String) });
    const one = await emulator.graph(`/v1.0/subscribedSkus/${list.body.value[0].id}`, { token: admin });
    expect(one.body.skuPartNumber).toBe(list.body.value[0].skuPartNumber);
    expectGraphError(
      await emulator.graph('/v1.0/subscribedSkus/nope', { token: admin }),
      404,
      'Request_ResourceNotFound',
    );
    expectGraphError(
      await emulator.graph("/v1.0/subscribedSkus?$filter=skuId eq 'x'", { token: admin }),
      400,
      'BadRequest',
    );
  });

  it.each([
    ['global-reader', 200],
    ['global-admin', 200],
    ['helpdesk', 403],
    ['security-lead', 403],
    ['no-role', 403],
  ] as const)('role gate: %s gets %i', async (persona, status) => {
    expect(
      (await emulator.graph('/v1.0/subscribedSkus', { token: await emulator.token(persona) })).status,
    ).toBe(status);
  });

  it('needs Organization.Read.All (or a licence scope); the role gate can be turned off', async () => {
    const userRead = await emulator.token('global-admin', ['User.Read']);
    expectGraphError(
      await emulator.graph('/v1.0/subscribedSkus', { token: userRead }),
      403,
      'Authorization_RequestDenied',
    );
    emulator.state.options.subscribedSkusRoleGate = false;
    expect(
      (await emulator.graph('/v1.0/subscribedSkus', { token: await emulator.token('no-role') })).status,
    ).toBe(200);
  });

  it('charges the table cost of 3 resource units', async () => {
    expect(
      (await emulator.graph('/v1.0/subscribedSkus', { token: admin })).headers.get('x-ms-resource-unit'),
    ).toBe('3');
  });
});
