import {
  AUTHENTICATOR_PASSKEY_AAGUIDS,
  WINDOWS_PASSKEY_AAGUIDS,
} from '../../../entra-facts/passkey-aaguids.ts';
import type { Fido2Method } from '../auth-methods/graph-method.ts';

/** The kinds of passkey the app tells apart. */
export type PasskeyClass = 'securityKey' | 'authenticator' | 'windows' | 'synced' | 'unknown';

export const PASSKEY_CLASS_LABEL: Record<PasskeyClass, string> = {
  securityKey: 'Security key (device-bound)',
  authenticator: 'Passkey in Microsoft Authenticator',
  windows: 'Entra passkey on Windows',
  synced: 'Synced passkey',
  unknown: 'Unknown kind of passkey',
};

export interface PasskeyIdentity {
  class: PasskeyClass;
  /** The authenticator's name from its AAGUID, else Graph's model; undefined when neither says. */
  name: string | undefined;
  /** The AAGUID as Graph gave it (trimmed), kept for anyone to look up; never dropped. */
  aaGuid: string;
  /** Why the kind is unknown, when it is. */
  why?: string;
}

const AAGUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ZERO = '00000000-0000-0000-0000-000000000000';
// Names are shown as text; a value that is not a plain short string is not a name.
const clean = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, 120) : undefined;

/**
 * Which kind of passkey a FIDO2 method is, and whose authenticator: from its AAGUID first (Microsoft's own
 * documented AAGUIDs, then the community list in `names`), then Graph's `passkeyType` and attestation. An AAGUID
 * of all zeros or one that is not a GUID names nothing; a device-bound passkey of an unknown authenticator is
 * still a device-bound key. Nothing is guessed beyond that.
 */
export function classifyPasskey(
  method: Pick<Fido2Method, 'aaGuid' | 'model' | 'passkeyType' | 'attestationLevel'>,
  names: Readonly<Record<string, string>> | undefined,
): PasskeyIdentity {
  const raw = clean(method.aaGuid) ?? '';
  const aaGuid = raw.toLowerCase();
  const model = clean(method.model);
  if (!AAGUID.test(aaGuid) || aaGuid === ZERO) {
    const why = aaGuid === ZERO ? 'its AAGUID is all zeros' : 'it has no valid AAGUID';
    return fromType(method, model, raw, why);
  }
  const authenticator = AUTHENTICATOR_PASSKEY_AAGUIDS[aaGuid];
  if (authenticator) return { class: 'authenticator', name: authenticator, aaGuid: raw };
  const windows = WINDOWS_PASSKEY_AAGUIDS[aaGuid];
  if (windows) return { class: 'windows', name: windows, aaGuid: raw };
  const listed = Object.hasOwn(names ?? {}, aaGuid) ? clean(names?.[aaGuid]) : undefined;
  return fromType(method, listed ?? model, raw, 'its AAGUID is in no list the app has');
}

/** Without a known AAGUID: Graph's passkey type, or an attested credential (a synced passkey cannot be). */
function fromType(
  method: Pick<Fido2Method, 'passkeyType' | 'attestationLevel'>,
  name: string | undefined,
  aaGuid: string,
  why: string,
): PasskeyIdentity {
  const type = (method.passkeyType ?? '').toLowerCase();
  if (type === 'synced') return { class: 'synced', name, aaGuid };
  if (type === 'devicebound' || method.attestationLevel === 'attested')
    return { class: 'securityKey', name, aaGuid };
  return { class: 'unknown', name, aaGuid, why };
}
