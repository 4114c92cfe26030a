// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { recentUsers, rememberRecentUser } from './recent-users.ts';
import { forgetSessionMemory } from './session-memory.ts';

const user = (n: number) => ({ id: `id-${n}`, displayName: `User ${n}`, upn: `user${n}@contoso.com` });

describe('recent users', () => {
  beforeEach(() => sessionStorage.clear());

  it('lists the users opened, most recent first, each once, at most eight', () => {
    for (let n = 1; n <= 10; n++) rememberRecentUser(user(n));
    rememberRecentUser(user(5));
    const ids = recentUsers().map((u) => u.id);
    expect(ids).toEqual(['id-5', 'id-10', 'id-9', 'id-8', 'id-7', 'id-6', 'id-4', 'id-3']);
  });

  it('forgets them all at sign-out', () => {
    rememberRecentUser(user(1));
    forgetSessionMemory();
    expect(recentUsers()).toEqual([]);
  });

  it('ignores what it did not write', () => {
    sessionStorage.setItem('recent-users', '{not json');
    expect(recentUsers()).toEqual([]);
    sessionStorage.setItem('recent-users', JSON.stringify([{ id: 1 }, user(1)]));
    expect(recentUsers()).toEqual([user(1)]);
  });
});
