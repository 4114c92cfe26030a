import { describe, expect, it } from 'vitest';
import { retirementFigures } from './retirement-cohorts.ts';
import { ASSUMED_ENABLED, outcomeOf } from './sms-voice/retirement-outcome.ts';

const outcome = (methods: (string | null)[] | null) => outcomeOf(methods, ASSUMED_ENABLED).outcome;

describe('the outcomes the registered methods tell, everyone enabled for SMS and voice', () => {
  it('makes phone-only and phone + email / security questions users register a passkey', () => {
    expect(outcome(['password', 'mobilePhone'])).toBe('mustRegisterPasskey');
    expect(outcome(['alternateMobilePhone', 'email'])).toBe('mustRegisterPasskey');
    expect(outcome(['officePhone', 'securityQuestion', 'email'])).toBe('mustRegisterPasskey');
  });

  it('does not count a TAP, the password or an unknown future string as a way out', () => {
    expect(outcome(['mobilePhone', 'temporaryAccessPass'])).toBe('mustRegisterPasskey');
    expect(outcome(['mobilePhone', 'password'])).toBe('mustRegisterPasskey');
    expect(outcome(['mobilePhone', 'qrCodePin'])).toBe('mustRegisterPasskey');
    expect(outcome(['mobilePhone', 'unknownFutureValue'])).toBe('mustRegisterPasskey');
  });

  it('keeps users with a phone plus a strong method in MFA', () => {
    expect(outcome(['mobilePhone', 'microsoftAuthenticatorPush'])).toBe('losesPhoneKeepsMfa');
    expect(outcome(['officePhone', 'softwareOneTimePasscode'])).toBe('losesPhoneKeepsMfa');
    expect(outcome(['mobilePhone', 'externalAuthMethod'])).toBe('losesPhoneKeepsMfa');
  });

  it('calls anyone with a phishing-resistant method passkey-ready, phone or not', () => {
    expect(outcome(['mobilePhone', 'passKeyDeviceBound'])).toBe('passkeyReady');
    expect(outcome(['windowsHelloForBusiness'])).toBe('passkeyReady');
    expect(outcome(['fido2'])).toBe('passkeyReady');
  });

  it('leaves users without a phone with nothing to lose, whatever else they have', () => {
    for (const methods of [
      ['microsoftAuthenticatorPush'],
      ['email'],
      ['password'],
      [],
      null,
      [null, 'qrCodePin'],
    ])
      expect(outcome(methods)).toBe('noPhoneToLose');
  });

  it('records each user once per day, honouring exclusions', () => {
    const rows = [
      { id: 'a', methodsRegistered: ['mobilePhone'] },
      { id: 'b', methodsRegistered: ['mobilePhone', 'qrCodePin'] },
      { id: 'c', methodsRegistered: ['passKeySynced'] },
      { id: 'guest', userType: 'guest', methodsRegistered: ['mobilePhone'] },
    ];
    expect(retirementFigures(rows)).toEqual({
      total: 4,
      mustRegisterPasskey: 3,
      losesPhoneKeepsMfa: 0,
      passkeyReady: 1,
      noPhoneToLose: 0,
    });
    expect(retirementFigures(rows, (r) => r.userType === 'guest').total).toBe(3);
  });
});
