import { describe, expect, it } from 'vitest';
import { passkeyReadiness } from './passkey-readiness.ts';

const ALL = { id: 'all_users', targetType: 'group' };
const open = {
  id: 'p1',
  name: 'Open',
  passkeyTypes: 'deviceBound,synced',
  attestationEnforcement: 'disabled',
};

describe('passkeyReadiness', () => {
  it('says nothing stands in the way when the policy lets everyone register any kind of passkey', () => {
    const { warnings, notes } = passkeyReadiness({
      state: 'enabled',
      isSelfServiceRegistrationAllowed: true,
      includeTargets: [{ ...ALL, allowedPasskeyProfiles: ['p1'] }],
      passkeyProfiles: [open],
    });
    expect(warnings).toEqual([]);
    expect(notes).toEqual(['Profiles that reach the user: Open.']);
  });

  it('stops at a disabled policy, and names each other limit without guessing the user’s groups', () => {
    expect(passkeyReadiness({ state: 'disabled' }).warnings).toHaveLength(1);
    const { warnings } = passkeyReadiness({
      state: 'enabled',
      isSelfServiceRegistrationAllowed: false,
      includeTargets: [{ id: 'some-group', allowedPasskeyProfiles: ['p2'] }],
      passkeyProfiles: [
        { id: 'p2', passkeyTypes: 'deviceBound', attestationEnforcement: 'registrationOnly' },
      ],
    });
    const text = warnings.join('\n');
    expect(text).toMatch(/themselves/);
    expect(text).toMatch(/some groups only/);
    expect(text).not.toMatch(/Refused/); // no profile is known to reach the user: nothing is judged
  });

  it("resolves the user's groups: an exclusion wins, and each profile's refusals are said", () => {
    const policy = {
      state: 'enabled',
      includeTargets: [
        { ...ALL, allowedPasskeyProfiles: ['keys'] },
        { id: 'pilot', allowedPasskeyProfiles: ['keys', 'open'] },
      ],
      excludeTargets: [{ id: 'contractors' }],
      passkeyProfiles: [
        {
          id: 'keys',
          name: 'Keys',
          passkeyTypes: 'deviceBound',
          attestationEnforcement: 'registrationOnly',
          keyRestrictions: { isEnforced: true, enforcementType: 'block', aaGuids: ['AAAA'] },
        },
        { ...open, id: 'open' },
      ],
    };
    expect(passkeyReadiness(policy, new Map([['contractors', 'Contractors']])).warnings).toEqual([
      expect.stringMatching(/in Contractors, which the passkey policy excludes/),
    ]);
    const outsider = passkeyReadiness(policy, new Map(), (g) => `Key ${g}`);
    expect(outsider.warnings.join('\n')).toMatch(/Refused: a synced passkey .*Keys does not allow synced/);
    expect(outsider.notes).toContain('Keys blocks these authenticators: Key AAAA.');
    // In the pilot, the open profile lets synced passkeys through.
    const pilot = passkeyReadiness(policy, new Map([['pilot', 'Pilot']]));
    expect(pilot.warnings).toEqual([]);
    expect(pilot.notes[0]).toBe('Profiles that reach the user: Keys, Open.');
  });

  it('reads the settings before profiles where a tenant has none', () => {
    const { warnings } = passkeyReadiness({
      state: 'enabled',
      includeTargets: [ALL],
      isAttestationEnforced: true,
      keyRestrictions: { isEnforced: true, enforcementType: 'allow', aaGuids: ['x'] },
    });
    expect(warnings.join('\n')).toMatch(/requires attestation/);
    expect(warnings.join('\n')).toMatch(/Refused: a synced passkey/);
    expect(warnings.join('\n')).toMatch(/allows only listed authenticators/);
  });

  it('adds what contradicts itself in the profiles', () => {
    const { warnings } = passkeyReadiness({
      state: 'enabled',
      includeTargets: [{ ...ALL, allowedPasskeyProfiles: ['gone'] }],
      passkeyProfiles: [open],
    });
    expect(warnings.join('\n')).toMatch(/does not exist \(gone\)/);
    expect(warnings.join('\n')).toMatch(/No passkey profile reaches the user/);
  });
});

describe('passkeyReadiness, authenticators of no known model', () => {
  const allowKeys = {
    state: 'enabled',
    includeTargets: [{ ...ALL, allowedPasskeyProfiles: ['k'] }],
    passkeyProfiles: [
      {
        id: 'k',
        name: 'Keys',
        passkeyTypes: 'deviceBound',
        keyRestrictions: {
          isEnforced: true,
          enforcementType: 'Allow',
          aaGuids: ['cb69481e-8ff7-4039-93ec-0a2729a154a8'],
        },
      },
    ],
  };

  it('does not call "a security key" refused by an allow list that names keys, but does Microsoft Authenticator', () => {
    const { warnings, notes } = passkeyReadiness(allowKeys, new Map(), (g) => `Key ${g}`);
    expect(warnings.join('\n')).not.toMatch(/a security key/);
    expect(warnings.join('\n')).toMatch(/Refused: a passkey in Microsoft Authenticator .*only listed/);
    expect(notes).toContain(
      'Keys allows only these authenticators: Key cb69481e-8ff7-4039-93ec-0a2729a154a8.',
    );
  });

  it('accepts Microsoft Authenticator when either of its AAGUIDs is allowed, and says "may" with groups unread', () => {
    const android = {
      ...allowKeys.passkeyProfiles[0]!,
      keyRestrictions: {
        isEnforced: true,
        enforcementType: 'allow',
        aaGuids: ['de1e552d-db1d-4423-a619-566b625cdc84'],
      },
    };
    const { warnings } = passkeyReadiness({ ...allowKeys, passkeyProfiles: [android] }, new Map());
    expect(warnings.join('\n')).not.toMatch(/Microsoft Authenticator/);
    const unread = passkeyReadiness(
      {
        ...allowKeys,
        includeTargets: [...allowKeys.includeTargets, { id: 'g', allowedPasskeyProfiles: ['k'] }],
      },
      undefined,
    );
    expect(unread.warnings.join('\n')).toMatch(/May be refused: a synced passkey/);
  });
});
