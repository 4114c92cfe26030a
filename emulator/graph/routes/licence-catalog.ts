import { createHash } from 'node:crypto';
import type { Tenant } from '../../tenant/model.ts';

/** Real service-plan and SKU ids (docs/graph-notes.md §11.8; Microsoft's licensing reference). */
export const SERVICE_PLAN = {
  exchangeStandard: {
    id: '9aaf7827-d63c-4b61-89c3-182f06f82e5c',
    name: 'EXCHANGE_S_STANDARD',
    service: 'exchange',
  },
  aadPremium: {
    id: '41781fb2-bc02-4b7c-bd55-b576c07bb09d',
    name: 'AAD_PREMIUM',
    service: 'AADPremiumService',
  },
  aadPremiumP2: {
    id: 'eec0eb4f-6444-4f95-aba0-50c24d67f998',
    name: 'AAD_PREMIUM_P2',
    service: 'AADPremiumService',
  },
  mfaPremium: {
    id: '8a256a2b-b617-496d-b51b-e76466e88db0',
    name: 'MFA_PREMIUM',
    service: 'MultiFactorService',
  },
  cloudAppDiscovery: {
    id: '932ad362-64a8-4783-9106-97849a1a30b9',
    name: 'ADALLOM_S_DISCOVERY',
    service: 'Adallom',
  },
} as const;

type Plan = (typeof SERVICE_PLAN)[keyof typeof SERVICE_PLAN];

interface Sku {
  skuId: string;
  skuPartNumber: string;
  plans: readonly Plan[];
}

const EXCHANGE_ONLINE_PLAN_1: Sku = {
  skuId: '4b9405b0-7788-4568-add1-99614e613b69',
  skuPartNumber: 'EXCHANGESTANDARD',
  plans: [SERVICE_PLAN.exchangeStandard],
};
const ENTRA_ID_P1: Sku = {
  skuId: '078d2b04-f1bd-4111-bbd4-b4b1b354cef4',
  skuPartNumber: 'AAD_PREMIUM',
  plans: [SERVICE_PLAN.aadPremium, SERVICE_PLAN.mfaPremium, SERVICE_PLAN.cloudAppDiscovery],
};
const ENTRA_ID_P2: Sku = {
  skuId: '84a661c4-e949-4bd2-a560-ed7766fcaf2b',
  skuPartNumber: 'AAD_PREMIUM_P2',
  plans: [
    SERVICE_PLAN.aadPremium,
    SERVICE_PLAN.aadPremiumP2,
    SERVICE_PLAN.mfaPremium,
    SERVICE_PLAN.cloudAppDiscovery,
  ],
};

/** Every tier has mail; P1 and P2 add the Entra ID SKU the detection rule of §11.8 looks for. */
export function skusFor(tier: Tenant['tier']): readonly Sku[] {
  if (tier === 'p2') return [EXCHANGE_ONLINE_PLAN_1, ENTRA_ID_P2];
  if (tier === 'p1') return [EXCHANGE_ONLINE_PLAN_1, ENTRA_ID_P1];
  return [EXCHANGE_ONLINE_PLAN_1];
}

function stableGuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** When the subscriptions started: a fixed time before the tenant was generated. */
function assignedAt(tenant: Tenant): string {
  const at = new Date(Date.parse(tenant.generatedAt) - 400 * 86_400_000);
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `organization.assignedPlans`: one entry per service plan of every SKU, deduplicated. */
export function assignedPlansOf(tenant: Tenant): Record<string, unknown>[] {
  const seen = new Set<string>();
  const plans: Record<string, unknown>[] = [];
  for (const sku of skusFor(tenant.tier)) {
    for (const plan of sku.plans) {
      if (seen.has(plan.id)) continue;
      seen.add(plan.id);
      plans.push({
        assignedDateTime: assignedAt(tenant),
        capabilityStatus: 'Enabled',
        service: plan.service,
        servicePlanId: plan.id,
      });
    }
  }
  return plans;
}

/** `subscribedSku` items; every member holds every SKU, with some headroom in prepaid units. */
export function subscribedSkusOf(tenant: Tenant): Record<string, unknown>[] {
  const members = tenant.users.filter((u) => u.userType === 'member' && u.accountEnabled).length;
  const prepaid = Math.ceil((members * 1.1) / 25) * 25;
  return skusFor(tenant.tier).map((sku) => ({
    id: `${tenant.id}_${sku.skuId}`,
    accountId: tenant.id,
    accountName: tenant.displayName,
    appliesTo: 'User',
    capabilityStatus: 'Enabled',
    consumedUnits: members,
    prepaidUnits: { enabled: prepaid, suspended: 0, warning: 0, lockedOut: 0 },
    servicePlans: sku.plans.map((plan) => ({
      servicePlanId: plan.id,
      servicePlanName: plan.name,
      provisioningStatus: 'Success',
      appliesTo: 'User',
    })),
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    subscriptionIds: [stableGuid(`${tenant.id}:${sku.skuId}`)],
  }));
}
