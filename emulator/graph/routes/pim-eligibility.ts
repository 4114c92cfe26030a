import { findUser, type Tenant, type TenantUser } from '../../tenant/model.ts';
import { PERSONAS, personaUpn } from '../../tenant/personas.ts';
import { createRandom } from '../../tenant/random.ts';
import { ROLE } from '../../tenant/roles.ts';

/** One PIM eligibility: the schedule and its single resolved instance (docs/graph-notes.md §11.3). */
export interface Eligibility {
  scheduleId: string;
  principalId: string;
  roleDefinitionId: string;
  createdDateTime: string;
  startDateTime: string;
  /** Null: a permanent eligibility (expiration type noExpiration). */
  endDateTime: string | null;
}

const DAY = 86_400_000;

// Personas that can elevate, so the dashboard's "eligible" badge has known subjects.
const PERSONA_ELIGIBILITY: Readonly<Record<string, string>> = {
  helpdesk: ROLE.privilegedAuthenticationAdministrator,
  'privileged-helpdesk': ROLE.globalAdministrator,
  'security-lead': ROLE.securityAdministrator,
  'global-reader': ROLE.privilegedRoleAdministrator,
};

const ELIGIBLE_ROLES = [
  ROLE.globalAdministrator,
  ROLE.privilegedRoleAdministrator,
  ROLE.securityAdministrator,
  ROLE.userAdministrator,
  ROLE.privilegedAuthenticationAdministrator,
  ROLE.exchangeAdministrator,
] as const;
const MAX_GENERATED = 20;

const cache = new WeakMap<Tenant, Eligibility[]>();

/** Deterministic per tenant seed: the personas above plus about a quarter of the other admins. */
function generate(tenant: Tenant): Eligibility[] {
  const rng = createRandom(`${tenant.seed}:pim-eligibility`);
  const anchor = Date.parse(tenant.generatedAt);
  const eligibility = (user: TenantUser, roleDefinitionId: string): Eligibility => {
    const start = new Date(anchor - rng.int(10, 400) * DAY).toISOString();
    const permanent = rng.chance(0.5);
    return {
      scheduleId: rng.guid(),
      principalId: user.id,
      roleDefinitionId,
      createdDateTime: start,
      startDateTime: start,
      endDateTime: permanent ? null : new Date(Date.parse(start) + 365 * DAY).toISOString(),
    };
  };
  const out: Eligibility[] = [];
  const personaIds = new Set<string>();
  for (const persona of PERSONAS) {
    const user = findUser(tenant, personaUpn(persona, tenant.domain));
    if (!user) continue;
    personaIds.add(user.id);
    const role = PERSONA_ELIGIBILITY[persona.id];
    if (role !== undefined) out.push(eligibility(user, role));
  }
  let generated = 0;
  for (const user of tenant.users) {
    if (generated >= MAX_GENERATED) break;
    if (personaIds.has(user.id) || user.roles.length === 0 || !rng.chance(0.25)) continue;
    const candidates = ELIGIBLE_ROLES.filter((r) => !user.roles.includes(r));
    out.push(eligibility(user, rng.pick(candidates)));
    generated++;
  }
  return out;
}

/** Memoized per tenant object: a reset builds a new tenant and so a new set. */
export function eligibilitiesOf(tenant: Tenant): readonly Eligibility[] {
  let list = cache.get(tenant);
  if (list === undefined) {
    list = generate(tenant);
    cache.set(tenant, list);
  }
  return list;
}
