import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import type { MethodRef, ScannedUser } from './finding-types.ts';
import { refOf } from './method-ref.ts';

export interface DuplicateGroup {
  kind: 'microsoftAuthenticator' | 'windowsHelloForBusiness';
  userId: string;
  /** The device name the registrations share, as Graph sent it first. */
  device: string;
  /** The registration to keep: the most recently used, else the newest. */
  keep: MethodRef;
  /** The others: what a clean-up removes. */
  extras: MethodRef[];
}

const KINDS = ['microsoftAuthenticator', 'windowsHelloForBusiness'] as const;

// Case, surrounding and doubled spaces do not make another device.
const deviceKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

const time = (value: string | null | undefined) => {
  const at = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? -Infinity : at;
};

function newestFirst(a: GraphMethod, b: GraphMethod): number {
  return (
    time(b.lastUsedDateTime) - time(a.lastUsedDateTime) ||
    time(b.createdDateTime) - time(a.createdDateTime) ||
    String(a.id).localeCompare(String(b.id))
  );
}

/**
 * Authenticator and Windows Hello registrations of one user on the same device (same display name; the
 * list endpoint does not expand the device). Registrations without a name are never grouped.
 */
export function duplicateRegistrations(users: readonly ScannedUser[]): DuplicateGroup[] {
  const groups: DuplicateGroup[] = [];
  for (const user of users) {
    for (const kind of KINDS) {
      const byDevice = new Map<string, GraphMethod[]>();
      for (const method of user.methods) {
        const name = (method as { displayName?: string | null }).displayName;
        if (methodKindOf(method) !== kind || !method.id || !name?.trim()) continue;
        const key = deviceKey(name);
        byDevice.set(key, [...(byDevice.get(key) ?? []), method]);
      }
      for (const methods of byDevice.values()) {
        if (methods.length < 2) continue;
        const [keep, ...extras] = [...methods].sort(newestFirst);
        if (!keep) continue;
        groups.push({
          kind,
          userId: user.id,
          device: (methods[0] as { displayName?: string }).displayName ?? '',
          keep: refOf(user, keep),
          extras: extras.map((m) => refOf(user, m)),
        });
      }
    }
  }
  return groups;
}
