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
import { passkeyRefusal } from './passkey-profiles.ts';
import { createRandom } from './random.ts';
import { registrationBlockedBy } from './registration-conditional-access.ts';

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
  const key = {
    aaGuid,
    passkeyType: model?.type ?? 'deviceBound',
    // Security keys and Microsoft Authenticator attest their model; Entra passkeys on Windows and synced
    // passkeys cannot.
    attestationLevel:
      model?.model &&
      (model.report === 'passKeyDeviceBound' || model.report === 'passKeyDeviceBoundAuthenticator')
        ? 'attested'
        : 'notAttested',
  } as const;
  // What Entra refuses at registration: the profiles that reach the user, by their groups (passkey-profiles.ts).
  const refusal = passkeyRefusal(tenant.phonePolicy, user.id, key, true);
  if (refusal) throw new Error(`the passkey policy refuses this passkey: ${refusal}`);
  // Signed in with a pass, the user must also meet Conditional Access on registering security info.
  const blocked = registrationBlockedBy(tenant.conditionalAccess, user, tenant.phonePolicy);
  if (blocked) throw new Error(blocked);
  // Seeded before the write, so the registration is logged once (as a write, not also as a seeded one).
  auditLogOf(tenant);
  const method: Fido2Method = {
    kind: 'fido2',
    id: opaqueId(createRandom(`${tenant.id}:passkey:${user.id}:${now}:${randomUUID()}`)),
    displayName: request.displayName || model?.model || 'Security key',
    aaGuid,
    model: model?.model ?? '',
    attestationLevel: key.attestationLevel,
    passkeyType: key.passkeyType,
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
