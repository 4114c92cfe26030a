import { opaqueId } from './generate-methods.ts';
import type { Fido2Method, TenantUser } from './model.ts';
import { FIDO2_MODELS } from './names.ts';
import type { PhonePolicy } from './phone-policy-types.ts';
import { createRandom } from './random.ts';

const DAY = 86_400_000;

/**
 * Entra passkeys on Windows for some of the passkey pilot (the profile allowing them targets that group):
 * registered in the last two months, not attested (they support no attestation) and not used yet, so the
 * sign-in history is as before. From their own random stream, after the rest of the tenant.
 */
export function seedWindowsPasskeys(
  users: readonly TenantUser[],
  policy: PhonePolicy,
  seed: string,
  now: number,
) {
  const rng = createRandom(`${seed}/windows-passkeys`);
  const pilot = policy.groups.find((g) => g.displayName === 'Passkey pilot');
  const models = FIDO2_MODELS.filter((m) => m.report === 'passKeyDeviceBoundWindowsHello');
  const members = users.filter((u) => pilot?.memberIds.has(u.id));
  for (const user of members.slice(0, 8)) {
    const model = rng.pick(models);
    const method: Fido2Method = {
      kind: 'fido2',
      id: opaqueId(rng),
      displayName: model.model,
      aaGuid: model.aaGuid,
      model: model.model,
      attestationLevel: 'notAttested',
      passkeyType: 'deviceBound',
      reportName: 'passKeyDeviceBoundWindowsHello',
      createdDateTime: new Date(now - rng.int(2, 60) * DAY).toISOString(),
      lastUsedDateTime: null,
    };
    user.methods.push(method);
  }
}
