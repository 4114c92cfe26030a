import type { TenantUser } from '../../tenant/model.ts';
import { searchTokens } from './search-tokens.ts';

/** What $search, $filter and $orderby need from a user, lower-cased once per user version. */
export interface UserSearchEntry {
  readonly version: number;
  readonly displayNameTokens: readonly string[];
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly mail: string;
  readonly userPrincipalName: string;
}

// Keyed by the user object, so a tenant reset drops the entries with the old users.
const entries = new WeakMap<TenantUser, UserSearchEntry>();

function build(user: TenantUser): UserSearchEntry {
  return {
    version: user.version,
    displayNameTokens: searchTokens(user.displayName),
    id: user.id.toLowerCase(),
    displayName: user.displayName.toLowerCase(),
    givenName: user.givenName?.toLowerCase() ?? '',
    surname: user.surname?.toLowerCase() ?? '',
    mail: user.mail?.toLowerCase() ?? '',
    userPrincipalName: user.userPrincipalName.toLowerCase(),
  };
}

/** Built lazily on first use and rebuilt when the user's `version` moves on. */
export function userSearchEntry(user: TenantUser): UserSearchEntry {
  const cached = entries.get(user);
  if (cached !== undefined && cached.version === user.version) return cached;
  const entry = build(user);
  entries.set(user, entry);
  return entry;
}

export type SortableProperty = 'displayName' | 'userPrincipalName';

/**
 * The entries of a whole user list, parallel to it. A scan over 100k users then reads one dense
 * array instead of doing 100k WeakMap look-ups; `stamp` moves whenever any entry was replaced, so
 * sort orders derived from the column know when they are stale.
 */
export interface SearchColumn {
  /** The list the column was built for (its cache key). */
  readonly key: readonly TenantUser[];
  readonly users: readonly TenantUser[];
  readonly entries: readonly UserSearchEntry[];
  readonly stamp: number;
}

interface MutableColumn {
  key: readonly TenantUser[];
  users: TenantUser[];
  entries: UserSearchEntry[];
  stamp: number;
  sorted: Map<string, SortedView & { stamp: number }>;
}

const columns = new WeakMap<readonly TenantUser[], MutableColumn>();

/** Refreshes only the users that were added, replaced or changed since the last call. */
export function searchColumn(users: readonly TenantUser[]): SearchColumn {
  let column = columns.get(users);
  if (column === undefined) {
    column = { key: users, users: [], entries: [], stamp: 0, sorted: new Map() };
    columns.set(users, column);
  }
  let changed = column.users.length !== users.length;
  column.users.length = users.length;
  column.entries.length = users.length;
  for (let i = 0; i < users.length; i++) {
    const user = users[i] as TenantUser;
    const entry = column.entries[i];
    if (column.users[i] === user && entry !== undefined && entry.version === user.version) continue;
    column.users[i] = user;
    column.entries[i] = userSearchEntry(user);
    changed = true;
  }
  if (changed) column.stamp++;
  return column;
}

/** The column's users and entries re-ordered, so a sorted scan reads both arrays in sequence. */
export interface SortedView {
  readonly users: readonly TenantUser[];
  readonly entries: readonly UserSearchEntry[];
}

/** The column ordered by a lower-cased property, ties in list order; cached until the column changes. */
export function sortedView(column: SearchColumn, property: SortableProperty, descending = false): SortedView {
  const mutable = columns.get(column.key);
  const cacheKey = `${property}:${descending ? 'desc' : 'asc'}`;
  const cached = mutable?.sorted.get(cacheKey);
  if (cached !== undefined && cached.stamp === column.stamp) return cached;
  const { entries, users } = column;
  const sign = descending ? -1 : 1;
  const order = entries.map((_, i) => i);
  order.sort((a, b) => {
    const x = (entries[a] as UserSearchEntry)[property];
    const y = (entries[b] as UserSearchEntry)[property];
    return x < y ? -sign : x > y ? sign : a - b;
  });
  const view = {
    stamp: column.stamp,
    users: order.map((i) => users[i] as TenantUser),
    entries: order.map((i) => entries[i] as UserSearchEntry),
  };
  mutable?.sorted.set(cacheKey, view);
  return view;
}
