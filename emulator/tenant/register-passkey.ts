import { randomUUID } from 'node:crypto';
import {
  addressOf,
  auditLogOf,
  auditTargetOf,
  AUTH_METHODS_SERVICE,
  identityOf,
  METHOD_NOUN,
  MY_SIGN_INS,
  PHONE_BROWSER,
  recordAuditEvent,
} from './audit-log.ts';
import { opaqueId } from './generate-methods.ts';
import type { Fido2Method, Tenant, TenantUser } from './model.ts';
import { FIDO2_MODELS } from './names.ts';
import { createRandom } from './random.ts';

/**
 * What Entra refuses at registration (entra-docs how-to-enable-passkey-fido2.md, passkey profiles): passkeys
 * disabled, or no profile that allows the kind, or attestation a profile requires that the key cannot give.
 * The user's groups are not matched to profiles here: the key must fit some profile (the stricter reading would
 * need the profile the user's group names; the seeded policy has one profile for everyone).
 */
function refusedByPolicy(tenant: Tenant, type: 'deviceBound' | 'synced', attestation: string): void {
  const { fido2 } = tenant.phonePolicy;
  if (fido2.state === 'disabled')
    throw new Error('passkeys (FIDO2) are disabled in the authentication methods policy');
  const fits = fido2.passkeyProfiles.some(
    (p) =>
      p.passkeyTypes.split(',').includes(type) &&
      (p.attestationEnforcement !== 'registrationOnly' || attestation === 'attested'),
  );
  if (fido2.passkeyProfiles.length > 0 && !fits)
    throw new Error(`no passkey profile allows a ${type} passkey with attestation ${attestation}`);
}

export interface PasskeyRequest {
  /** Defaults to the first security key of the seeded models. */
  aaGuid?: string;
  displayName?: string;
}

/**
 * A passkey the user registers themselves, as when they finish setup in My Sign-Ins (for instance with a
 * Temporary Access Pass): the method, at once in the user's methods and the registration report, and the
 * audit log's "User registered security info" by the user. Its kind follows the model's, by AAGUID; an AAGUID
 * of no known model is a device-bound key without attestation (entra-docs: attestation names the model).
 */
export function registerPasskey(
  tenant: Tenant,
  user: TenantUser,
  now: number,
  request: PasskeyRequest,
): Fido2Method {
  const aaGuid = (request.aaGuid ?? FIDO2_MODELS[0].aaGuid).toLowerCase();
  const model = FIDO2_MODELS.find((m) => m.aaGuid === aaGuid);
  refusedByPolicy(tenant, model?.type ?? 'deviceBound', model?.model ? 'attested' : 'notAttested');
  // Seeded before the write, so the registration is logged once (as a write, not also as a seeded one).
  auditLogOf(tenant);
  const method: Fido2Method = {
    kind: 'fido2',
    id: opaqueId(createRandom(`${tenant.id}:passkey:${user.id}:${now}:${randomUUID()}`)),
    displayName: request.displayName || model?.model || 'Security key',
    aaGuid,
    model: model?.model ?? '',
    attestationLevel:
      model && model.model && model.type === 'deviceBound' && model.report === 'passKeyDeviceBound'
        ? 'attested'
        : 'notAttested',
    passkeyType: model?.type ?? 'deviceBound',
    reportName: model?.report ?? 'passKeyDeviceBound',
    createdDateTime: new Date(now).toISOString(),
    lastUsedDateTime: null,
  };
  user.methods.push(method);
  recordAuditEvent(tenant, {
    id: `${AUTH_METHODS_SERVICE}_${randomUUID()}`,
    at: now,
    activity: 'User registered security info',
    operationType: 'Add',
    result: 'success',
    resultReason: `User registered ${METHOD_NOUN.fido2}`,
    correlationId: randomUUID(),
    initiatedBy: { user: identityOf(user, addressOf(user)), app: MY_SIGN_INS },
    target: auditTargetOf(user),
    userAgent: PHONE_BROWSER,
  });
  return method;
}
