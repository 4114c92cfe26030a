import { describe, expect, it } from 'vitest';
import { duplicateRegistrations } from './duplicate-registrations.ts';
import { TYPE, userWith } from './test-users.ts';

describe('duplicateRegistrations', () => {
  it('groups one user’s Authenticator registrations on the same device and keeps the last used', () => {
    const user = userWith('u1', [
      {
        '@odata.type': TYPE.authenticator,
        id: 'old',
        displayName: 'Pixel 7',
        lastUsedDateTime: '2026-01-01T00:00:00Z',
      },
      {
        '@odata.type': TYPE.authenticator,
        id: 'new',
        displayName: ' pixel  7 ',
        lastUsedDateTime: '2026-11-01T00:00:00Z',
      },
      { '@odata.type': TYPE.authenticator, id: 'other', displayName: 'iPhone 15' },
    ]);
    const [group, ...rest] = duplicateRegistrations([user]);
    if (!group) throw new Error('no group');
    expect(rest).toEqual([]);
    expect(group.kind).toBe('microsoftAuthenticator');
    expect(group.keep.methodId).toBe('new');
    expect(group.extras.map((m) => m.methodId)).toEqual(['old']);
  });

  it('groups Windows Hello by device, falls back to the newest created, and skips unnamed ones', () => {
    const user = userWith('u1', [
      {
        '@odata.type': TYPE.hello,
        id: 'h1',
        displayName: 'LAPTOP-1',
        createdDateTime: '2025-01-01T00:00:00Z',
      },
      {
        '@odata.type': TYPE.hello,
        id: 'h2',
        displayName: 'LAPTOP-1',
        createdDateTime: '2026-01-01T00:00:00Z',
      },
      { '@odata.type': TYPE.hello, id: 'h3', displayName: 'LAPTOP-1' },
      { '@odata.type': TYPE.hello, id: 'n1', displayName: null },
      { '@odata.type': TYPE.hello, id: 'n2', displayName: '' },
    ]);
    const [group] = duplicateRegistrations([user]);
    if (!group) throw new Error('no group');
    expect(group.kind).toBe('windowsHelloForBusiness');
    expect(group.keep.methodId).toBe('h2');
    expect(group.extras.map((m) => m.methodId)).toEqual(['h1', 'h3']);
  });

  it('does not call two users’ devices duplicates, nor an Authenticator and a Hello of the same name', () => {
    const users = [
      userWith('u1', [{ '@odata.type': TYPE.authenticator, id: 'a', displayName: 'PC' }]),
      userWith('u2', [
        { '@odata.type': TYPE.authenticator, id: 'b', displayName: 'PC' },
        { '@odata.type': TYPE.hello, id: 'c', displayName: 'PC' },
      ]),
    ];
    expect(duplicateRegistrations(users)).toEqual([]);
  });
});
