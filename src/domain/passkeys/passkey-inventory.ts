import type { Fido2Method } from '../auth-methods/graph-method.ts';
import { classifyPasskey, type PasskeyClass } from './passkey-class.ts';
import { keyVerdict, passkeyReach, type PasskeyPolicy } from './passkey-profiles.ts';

const AAGUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ZERO = /^[0-]+$/;

/** One passkey user as the inventory read them: their keys and, where the policy targets groups, their groups. */
export interface InventoryUser {
  id: string;
  userPrincipalName: string;
  displayName?: string;
  isAdmin: boolean;
  keys: readonly Fido2Method[];
  /** The policy's groups they are in (id → name); undefined when those could not be read. */
  groups: ReadonlyMap<string, string> | undefined;
}

/** Passkeys of one authenticator (its kind and name, else its raw AAGUID). */
export interface AuthenticatorCount {
  kind: PasskeyClass;
  name: string;
  keys: number;
  users: number;
  admins: number;
  /** Who holds one: the number opens them. */
  userIds: string[];
}

/** A registered passkey no profile that reaches its user would accept today. */
export interface RefusedKey {
  userId: string;
  userPrincipalName: string;
  displayName?: string;
  isAdmin: boolean;
  keyName: string;
  authenticator: string;
  reasons: string[];
}

export interface PasskeyInventory {
  keys: number;
  /** Users per authenticator AAGUID (lower case; `none` for a missing, zero or malformed one): what a day records. */
  usersByAaguid: Map<string, number>;
  authenticators: AuthenticatorCount[];
  /** Undefined when the policy was not read: nothing is judged. */
  refused: RefusedKey[] | undefined;
  /** Keys whose verdict depends on groups that could not be read. */
  notJudged: number;
}

/**
 * Passkeys by authenticator across the users read, most users first, and the keys the passkey policy refuses
 * today (types and authenticator lists hold at sign-in; attestation does not, so it is not judged here).
 */
export function takeInventory(
  users: readonly InventoryUser[],
  names: Readonly<Record<string, string>> | undefined,
  policy: PasskeyPolicy | undefined,
): PasskeyInventory {
  const byAuthenticator = new Map<string, Omit<AuthenticatorCount, 'userIds'> & { userIds: Set<string> }>();
  const refused: RefusedKey[] = [];
  const aaguidUsers = new Map<string, Set<string>>();
  let keys = 0;
  let notJudged = 0;
  for (const user of users) {
    const reach = policy ? passkeyReach(policy, user.groups) : undefined;
    for (const key of user.keys) {
      keys += 1;
      const identity = classifyPasskey(key, names);
      const aaGuid =
        AAGUID.test(identity.aaGuid.toLowerCase()) && !ZERO.test(identity.aaGuid)
          ? identity.aaGuid.toLowerCase()
          : 'none';
      aaguidUsers.set(aaGuid, (aaguidUsers.get(aaGuid) ?? new Set()).add(user.id));
      const name = identity.name ?? `Unknown authenticator (${identity.aaGuid || 'no AAGUID'})`;
      const id = `${identity.class}\u0000${name}`;
      const count = byAuthenticator.get(id) ?? {
        kind: identity.class,
        name,
        keys: 0,
        users: 0,
        admins: 0,
        userIds: new Set<string>(),
      };
      count.keys += 1;
      if (!count.userIds.has(user.id)) {
        count.userIds.add(user.id);
        count.users += 1;
        if (user.isAdmin) count.admins += 1;
      }
      byAuthenticator.set(id, count);
      if (!reach) continue;
      const verdict = keyVerdict(reach, key, false);
      if (verdict.status === 'unknown') notJudged += 1;
      if (verdict.status === 'refused')
        refused.push({
          userId: user.id,
          userPrincipalName: user.userPrincipalName,
          displayName: user.displayName,
          isAdmin: user.isAdmin,
          keyName: key.displayName?.trim() || 'Passkey',
          authenticator: name,
          reasons: verdict.reasons,
        });
    }
  }
  const authenticators = [...byAuthenticator.values()]
    .map(({ userIds, ...count }) => ({ ...count, userIds: [...userIds] }))
    .sort((a, b) => b.users - a.users || a.name.localeCompare(b.name));
  // Admins first: theirs are the sign-ins that matter most.
  refused.sort((a, b) => Number(b.isAdmin) - Number(a.isAdmin));
  const usersByAaguid = new Map([...aaguidUsers].map(([guid, ids]) => [guid, ids.size]));
  return { keys, usersByAaguid, authenticators, refused: policy ? refused : undefined, notJudged };
}
