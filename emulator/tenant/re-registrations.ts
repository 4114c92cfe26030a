import { opaqueId } from './generate-methods.ts';
import type { TenantUser } from './model.ts';
import { PERSONAS } from './personas.ts';
import { createRandom } from './random.ts';

const DAY = 86_400_000;
const PERSONA_ALIASES = new Set(PERSONAS.map((p) => p.alias.toLowerCase()));

/**
 * People reinstall Authenticator or re-provision Windows Hello without removing the old registration: the
 * same device name twice, the older one long unused (a hygiene finding). Drawn from each user's id, not from
 * the tenant's random stream, so every other user and method stays as the seed made it. Admins more often,
 * so the admin cohort has some; the demo operators never.
 */
export function addLeftoverRegistrations(users: TenantUser[], now: number): void {
  for (const user of users) {
    if (PERSONA_ALIASES.has(user.userPrincipalName.split('@')[0]?.toLowerCase() ?? '')) continue;
    const rng = createRandom(`${user.id}/leftover-registration`);
    if (!rng.chance(user.roles.length > 0 ? 0.35 : 0.04)) continue;
    const original = user.methods.find(
      (m) => m.kind === 'microsoftAuthenticator' || m.kind === 'windowsHelloForBusiness',
    );
    if (!original) continue;
    const abandoned = now - rng.int(200, 700) * DAY;
    user.methods.push({
      ...original,
      id: original.kind === 'microsoftAuthenticator' ? rng.guid() : opaqueId(rng),
      createdDateTime: original.createdDateTime
        ? new Date(abandoned - rng.int(30, 300) * DAY).toISOString()
        : null,
      lastUsedDateTime: rng.chance(0.8) ? new Date(abandoned).toISOString() : null,
    });
  }
}
