import { describe, expect, it } from 'vitest';
import { keyVerdict, passkeyReach, policyProblems, profileRefusal } from './passkey-profiles.ts';

const WINDOWS = '08987058-cadc-4b81-b6e1-30de50dcbe96';
const YUBIKEY = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';
const key = { aaGuid: YUBIKEY, passkeyType: 'deviceBound', attestationLevel: 'attested' };
const synced = {
  aaGuid: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd',
  passkeyType: 'synced',
  attestationLevel: 'notAttested',
};
const open = {
  id: 'open',
  name: 'Open',
  passkeyTypes: 'deviceBound,synced',
  attestationEnforcement: 'disabled',
};

describe('profileRefusal', () => {
  it('accepts a key that fits, and says why one does not', () => {
    expect(profileRefusal(open, key, true)).toBeNull();
    expect(profileRefusal({ ...open, passkeyTypes: 'deviceBound' }, synced, false)).toMatch(/synced/);
    const block = { isEnforced: true, enforcementType: 'block', aaGuids: [YUBIKEY.toUpperCase()] };
    expect(profileRefusal({ ...open, keyRestrictions: block }, key, false)).toMatch(/blocks/);
    const allow = { isEnforced: true, enforcementType: 'allow', aaGuids: [] };
    expect(profileRefusal({ ...open, keyRestrictions: allow }, key, false)).toMatch(/only listed/);
    // An allow list that is not enforced restricts nothing.
    expect(
      profileRefusal({ ...open, keyRestrictions: { ...allow, isEnforced: false } }, key, false),
    ).toBeNull();
  });

  it('checks attestation at registration only', () => {
    const attested = { ...open, attestationEnforcement: 'registrationOnly' };
    const unattested = { ...key, attestationLevel: 'notAttested' };
    expect(profileRefusal(attested, unattested, true)).toMatch(/requires attestation/);
    expect(profileRefusal(attested, unattested, false)).toBeNull();
  });

  it('needs Entra passkeys on Windows allowed by name, with attestation off', () => {
    const windows = { aaGuid: WINDOWS, passkeyType: 'deviceBound', attestationLevel: 'notAttested' };
    expect(profileRefusal(open, windows, false)).toMatch(/allow list/);
    const listed = {
      ...open,
      keyRestrictions: { isEnforced: true, enforcementType: 'allow', aaGuids: [WINDOWS] },
    };
    expect(profileRefusal(listed, windows, false)).toBeNull();
    expect(profileRefusal({ ...listed, attestationEnforcement: 'registrationOnly' }, windows, true)).toMatch(
      /do not support/,
    );
  });

  it('does not guess a type Graph did not give, nor trust hostile AAGUIDs', () => {
    const typeless = {
      aaGuid: '00000000-0000-0000-0000-000000000000',
      passkeyType: null,
      attestationLevel: null,
    };
    expect(profileRefusal(open, typeless, false)).toBeNull();
    expect(profileRefusal({ ...open, passkeyTypes: 'synced' }, typeless, false)).toMatch(/not known/);
    expect(profileRefusal(open, { aaGuid: '__proto__', passkeyType: 'deviceBound' }, false)).toBeNull();
  });
});

describe('passkeyReach and keyVerdict', () => {
  const policy = {
    state: 'enabled',
    includeTargets: [
      { id: 'all_users', allowedPasskeyProfiles: ['strict'] },
      { id: 'pilot', allowedPasskeyProfiles: ['open'] },
    ],
    excludeTargets: [{ id: 'banned' }],
    passkeyProfiles: [{ ...open, id: 'strict', name: 'Strict', passkeyTypes: 'deviceBound' }, open],
  };

  it('unites the profiles of every target that reaches the user (at least one must accept)', () => {
    const reach = passkeyReach(policy, new Map([['pilot', 'Pilot']]));
    expect(reach).toMatchObject({ kind: 'profiles', unresolved: false });
    expect(keyVerdict(reach, synced, false)).toEqual({ status: 'allowed', by: 'Open' });
    const outside = passkeyReach(policy, new Map());
    expect(keyVerdict(outside, synced, false)).toEqual({
      status: 'refused',
      reasons: ['Strict does not allow synced passkeys'],
    });
  });

  it('lets an exclusion win, and says unknown rather than refused when groups were not read', () => {
    const banned = passkeyReach(
      policy,
      new Map([
        ['banned', 'Banned'],
        ['pilot', 'Pilot'],
      ]),
    );
    expect(keyVerdict(banned, key, false)).toMatchObject({ status: 'refused' });
    const unread = passkeyReach(policy, undefined);
    // The excluded group may hold the user: even a key a profile accepts is not known to be allowed.
    expect(keyVerdict(unread, key, false)).toMatchObject({
      status: 'unknown',
      why: expect.stringMatching(/excludes/),
    });
    const noExclusions = passkeyReach({ ...policy, excludeTargets: [] }, undefined);
    expect(keyVerdict(noExclusions, key, false)).toEqual({ status: 'allowed', by: 'Strict' });
    expect(keyVerdict(unread, synced, false)).toMatchObject({ status: 'unknown' });
    expect(keyVerdict(passkeyReach({ state: 'disabled' }, new Map()), key, false)).toMatchObject({
      status: 'refused',
    });
  });
});

describe('policyProblems', () => {
  it('names contradictions: missing profiles, attested synced, empty allow lists, Windows with attestation', () => {
    const problems = policyProblems({
      defaultPasskeyProfile: 'nowhere',
      includeTargets: [
        { id: 'all_users', allowedPasskeyProfiles: [] },
        { id: 'g', allowedPasskeyProfiles: ['x'] },
      ],
      passkeyProfiles: [
        { ...open, attestationEnforcement: 'registrationOnly' },
        {
          id: 'b',
          name: 'Empty',
          passkeyTypes: 'deviceBound',
          keyRestrictions: { isEnforced: true, enforcementType: 'allow', aaGuids: [] },
        },
        {
          id: 'c',
          name: 'Win',
          passkeyTypes: 'deviceBound',
          attestationEnforcement: 'registrationOnly',
          keyRestrictions: { isEnforced: true, enforcementType: 'allow', aaGuids: [WINDOWS] },
        },
        { id: 'd', name: 'None', passkeyTypes: '' },
      ],
    }).join('\n');
    expect(problems).toMatch(/4 passkey profiles/);
    expect(problems).toMatch(/default passkey profile/);
    expect(problems).toMatch(/All users is targeted with no passkey profile/);
    expect(problems).toMatch(/does not exist \(x\)/);
    expect(problems).toMatch(/Open allows synced passkeys but requires attestation/);
    expect(problems).toMatch(/Empty allows only listed authenticators and lists none/);
    expect(problems).toMatch(/Win lists Entra passkeys on Windows/);
    expect(problems).toMatch(/None allows no type/);
    expect(
      policyProblems({
        passkeyProfiles: [open],
        includeTargets: [{ id: 'all_users', allowedPasskeyProfiles: ['open'] }],
      }),
    ).toEqual([]);
  });
});
