import { describe, expect, it } from 'vitest';
import { parseSnapshot, SNAPSHOT_VERSION } from '../history/snapshot.ts';
import { AUTHENTICATOR_SECTION, authenticatorFigures } from './authenticator-snapshot.ts';
import { takeInventory, type InventoryUser } from './passkey-inventory.ts';

const YUBIKEY = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';
const WINDOWS = '08987058-cadc-4b81-b6e1-30de50dcbe96';
const names = { [YUBIKEY]: 'YubiKey 5 Series' };
const key = (aaGuid: string, displayName = 'Key', passkeyType = 'deviceBound') => ({
  aaGuid,
  displayName,
  passkeyType,
  attestationLevel: 'attested' as const,
});
const user = (
  id: string,
  keys: ReturnType<typeof key>[],
  extra: Partial<InventoryUser> = {},
): InventoryUser => ({
  id,
  userPrincipalName: `${id}@contoso.test`,
  isAdmin: false,
  keys,
  groups: new Map(),
  ...extra,
});
const policy = {
  state: 'enabled',
  includeTargets: [
    { id: 'all_users', allowedPasskeyProfiles: ['std'] },
    { id: 'pilot', allowedPasskeyProfiles: ['std', 'win'] },
  ],
  passkeyProfiles: [
    {
      id: 'std',
      name: 'Standard',
      passkeyTypes: 'deviceBound,synced',
      keyRestrictions: { isEnforced: true, enforcementType: 'block', aaGuids: [YUBIKEY] },
    },
    {
      id: 'win',
      name: 'Windows',
      passkeyTypes: 'deviceBound',
      keyRestrictions: { isEnforced: true, enforcementType: 'allow', aaGuids: [WINDOWS] },
    },
  ],
};

describe('takeInventory', () => {
  it('counts keys, users and admins per authenticator, most users first, and unknown AAGUIDs by their value', () => {
    const inventory = takeInventory(
      [
        user('a', [key(YUBIKEY), key(YUBIKEY, 'Backup')], { isAdmin: true }),
        user('b', [key(YUBIKEY), key('00000000-0000-0000-0000-000000000000')]),
        user('c', [key('not-a-guid', '<b>x</b>')]),
      ],
      names,
      undefined,
    );
    expect(inventory.keys).toBe(5);
    expect(inventory.authenticators[0]).toEqual({
      kind: 'securityKey',
      name: 'YubiKey 5 Series',
      keys: 3,
      users: 2,
      admins: 1,
      userIds: ['a', 'b'],
    });
    expect(inventory.authenticators.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'Unknown authenticator (00000000-0000-0000-0000-000000000000)',
        'Unknown authenticator (not-a-guid)',
      ]),
    );
    expect(inventory.refused).toBeUndefined(); // the policy was not read: nothing judged
  });

  it('lists the keys no profile in reach accepts, admins first, and leaves unjudged what depends on unread groups', () => {
    const inventory = takeInventory(
      [
        user('plain', [key(YUBIKEY, 'Old key')]),
        user('boss', [key(YUBIKEY, 'Boss key')], { isAdmin: true }),
        user('pilot', [key(WINDOWS, 'Laptop')], { groups: new Map([['pilot', 'Pilot']]) }),
        user('outsider', [key(WINDOWS, 'Laptop')]),
        user('unknown', [key(WINDOWS, 'Laptop')], { groups: undefined }),
      ],
      names,
      policy,
    );
    expect(inventory.refused?.map((r) => [r.userId, r.keyName])).toEqual([
      ['boss', 'Boss key'],
      ['plain', 'Old key'],
      ['outsider', 'Laptop'],
    ]);
    expect(inventory.refused?.[0]?.reasons).toEqual(['Standard blocks this authenticator']);
    expect(inventory.notJudged).toBe(1);
  });
});

describe('authenticatorFigures', () => {
  it('records totals and users per AAGUID under names a snapshot accepts, hostile AAGUIDs as none', () => {
    const inventory = takeInventory(
      [
        user('a', [key(YUBIKEY), key(YUBIKEY)]),
        user('b', [key(YUBIKEY), key('__proto__')]),
        user('c', [key('00000000-0000-0000-0000-000000000000')]),
      ],
      names,
      undefined,
    );
    const figures = authenticatorFigures(inventory, 3);
    expect(figures).toEqual({ users: 3, keys: 5, [`a.${YUBIKEY}`]: 2, 'a.none': 2 });
    const snapshot = {
      version: SNAPSHOT_VERSION,
      tenantId: '11111111-2222-3333-4444-555555555555',
      day: '2026-12-07',
      takenAt: '2026-12-07T10:00:00.000Z',
      exclusions: { accounts: [], groups: [] },
      sections: { [AUTHENTICATOR_SECTION]: figures },
    };
    expect(parseSnapshot(snapshot)).toHaveProperty('snapshot');
  });
});
