import { describe, expect, it } from 'vitest';
import { generateTenant } from '../../tenant/generate-tenant.ts';
import { compileUserSearch } from './user-search.ts';
import { searchColumn, sortedView, userSearchEntry } from './user-search-index.ts';

const fresh = () =>
  generateTenant({ users: 300, seed: 'search-index', now: Date.parse('2026-06-01T00:00:00Z') });

describe('the user search index', () => {
  it('caches an entry per user until its version moves', () => {
    const [user] = fresh().users;
    if (!user) throw new Error('no users');
    const first = userSearchEntry(user);
    expect(userSearchEntry(user)).toBe(first);
    user.displayName = 'Renamed Person';
    expect(userSearchEntry(user)).toBe(first);
    user.version++;
    expect(userSearchEntry(user).displayNameTokens).toEqual(['renamed', 'person']);
  });

  it('refreshes a column for changed, added and removed users', () => {
    const tenant = fresh();
    const column = searchColumn(tenant.users);
    const stamp = column.stamp;
    expect(searchColumn(tenant.users).stamp).toBe(stamp);
    const user = tenant.users[5];
    if (!user) throw new Error('no user');
    user.displayName = 'Zed Zulu';
    user.version++;
    const after = searchColumn(tenant.users);
    expect(after.stamp).toBeGreaterThan(stamp);
    expect(after.entries[5]?.displayName).toBe('zed zulu');
    tenant.users.pop();
    expect(searchColumn(tenant.users).entries).toHaveLength(tenant.users.length);
  });

  it('keeps sorted views until the column changes, ties in list order', () => {
    const tenant = fresh();
    const view = sortedView(searchColumn(tenant.users), 'displayName');
    const names = view.entries.map((e) => e.displayName);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(sortedView(searchColumn(tenant.users), 'displayName')).toBe(view);
    const descending = sortedView(searchColumn(tenant.users), 'displayName', true).entries.map(
      (e) => e.displayName,
    );
    expect(descending).toEqual([...names].reverse().sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    const first = tenant.users[0];
    if (!first) throw new Error('no user');
    first.displayName = '!first';
    first.version++;
    const resorted = sortedView(searchColumn(tenant.users), 'displayName');
    expect(resorted).not.toBe(view);
    expect(resorted.users[0]).toBe(first);
  });

  it('evaluates compiled searches against entries', () => {
    const tenant = fresh();
    const predicate = compileUserSearch('"displayName:a" AND "userPrincipalName:a"');
    const column = searchColumn(tenant.users);
    const matches = column.entries.filter(predicate);
    expect(matches.length).toBeGreaterThan(0);
    for (const entry of matches) {
      expect(entry.userPrincipalName.startsWith('a')).toBe(true);
      expect(entry.displayNameTokens.some((t) => t.startsWith('a'))).toBe(true);
    }
  });
});
