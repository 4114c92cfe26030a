import { describe, expect, it } from 'vitest';
import { passkeyReadiness } from './passkey-readiness.ts';

const ALL = [{ id: 'all_users', targetType: 'group' }] as never;

describe('passkeyReadiness', () => {
  it('says nothing when the policy lets everyone register any kind of passkey', () => {
    expect(
      passkeyReadiness({
        state: 'enabled',
        isSelfServiceRegistrationAllowed: true,
        includeTargets: ALL,
        passkeyProfiles: [{ passkeyTypes: 'deviceBound,synced', attestationEnforcement: 'disabled' }],
      }),
    ).toEqual([]);
  });

  it('stops at a disabled policy, and names each other limit without guessing the user’s groups', () => {
    expect(passkeyReadiness({ state: 'disabled' })).toHaveLength(1);
    const lines = passkeyReadiness({
      state: 'enabled',
      isSelfServiceRegistrationAllowed: false,
      includeTargets: [{ id: 'some-group' }] as never,
      passkeyProfiles: [
        { passkeyTypes: 'deviceBound', attestationEnforcement: 'registrationOnly' },
        { passkeyTypes: ' DeviceBound ' },
      ],
    });
    expect(lines.join('\n')).toMatch(/themselves/);
    expect(lines.join('\n')).toMatch(/some groups only/);
    expect(lines.join('\n')).toMatch(/synced passkeys/);
    expect(lines.join('\n')).toMatch(/requires attestation/);
    expect(lines.join('\n')).not.toMatch(/device-bound passkeys: security keys/);
  });

  it('reads the settings before profiles where a tenant has none, and excluded groups', () => {
    const lines = passkeyReadiness({
      state: 'enabled',
      includeTargets: ALL,
      excludeTargets: [{ id: 'contractors' }] as never,
      isAttestationEnforced: true,
      keyRestrictions: { isEnforced: true, enforcementType: 'allow', aaGuids: ['x'] },
    });
    expect(lines.join('\n')).toMatch(/excludes some groups/);
    expect(lines.join('\n')).toMatch(/allows only listed authenticators/);
    expect(lines.join('\n')).toMatch(/requires attestation/);
  });

  it('reads profiles that allow no kind at all as refusing both', () => {
    const lines = passkeyReadiness({ state: 'enabled', includeTargets: ALL, passkeyProfiles: [{}] });
    expect(lines).toHaveLength(2);
  });
});
