import { describe, expect, it } from 'vitest';
import {
  retirementCohortOf,
  retirementFigures,
  SMS_VOICE_RETIREMENT,
  summarizeRetirement,
  timeUntilRetirement,
} from './retirement-cohorts.ts';

describe('SMS and voice retirement cohorts', () => {
  it('puts phone-only and phone + email / security questions users at risk', () => {
    expect(retirementCohortOf(['password', 'mobilePhone'])).toBe('phoneDependent');
    expect(retirementCohortOf(['alternateMobilePhone', 'email'])).toBe('phoneDependent');
    expect(retirementCohortOf(['officePhone', 'securityQuestion', 'email'])).toBe('phoneDependent');
  });

  it('does not count a TAP, the password or an unknown future string as a way out', () => {
    expect(retirementCohortOf(['mobilePhone', 'temporaryAccessPass'])).toBe('phoneDependent');
    expect(retirementCohortOf(['mobilePhone', 'password'])).toBe('phoneDependent');
    expect(retirementCohortOf(['mobilePhone', 'qrCodePin'])).toBe('phoneDependent');
    expect(retirementCohortOf(['mobilePhone', 'unknownFutureValue'])).toBe('phoneDependent');
  });

  it('keeps users with a phone plus a strong method in MFA', () => {
    expect(retirementCohortOf(['mobilePhone', 'microsoftAuthenticatorPush'])).toBe('phoneWithStrong');
    expect(retirementCohortOf(['officePhone', 'softwareOneTimePasscode'])).toBe('phoneWithStrong');
    expect(retirementCohortOf(['mobilePhone', 'externalAuthMethod'])).toBe('phoneWithStrong');
  });

  it('calls anyone with a phishing-resistant method passkey-ready, phone or not', () => {
    expect(retirementCohortOf(['mobilePhone', 'passKeyDeviceBound'])).toBe('passkeyReady');
    expect(retirementCohortOf(['windowsHelloForBusiness'])).toBe('passkeyReady');
    expect(retirementCohortOf(['fido2'])).toBe('passkeyReady');
  });

  it('leaves users without a phone method unaffected, whatever else they have', () => {
    expect(retirementCohortOf(['microsoftAuthenticatorPush'])).toBe('noPhone');
    expect(retirementCohortOf(['email'])).toBe('noPhone');
    expect(retirementCohortOf(['password'])).toBe('noPhone');
    expect(retirementCohortOf([])).toBe('noPhone');
    expect(retirementCohortOf(null)).toBe('noPhone');
    expect(retirementCohortOf([null, 'qrCodePin'])).toBe('noPhone');
  });

  it('counts each user once, lists unknown strings with their users, and honours exclusions', () => {
    const rows = [
      { id: 'a', methodsRegistered: ['mobilePhone'] },
      { id: 'b', methodsRegistered: ['mobilePhone', 'qrCodePin'] },
      { id: 'c', methodsRegistered: ['passKeySynced'] },
      { id: 'guest', userType: 'guest', methodsRegistered: ['mobilePhone'] },
    ];
    const summary = summarizeRetirement(rows, (r) => r.userType === 'guest');
    expect(summary.total).toBe(3);
    expect(summary.counts).toEqual({ phoneDependent: 2, phoneWithStrong: 0, passkeyReady: 1, noPhone: 0 });
    expect(summary.unrecognised).toEqual([{ method: 'qrCodePin', users: 1 }]);
    expect(retirementFigures(rows)).toEqual({
      total: 4,
      phoneDependent: 3,
      phoneWithStrong: 0,
      passkeyReady: 1,
      noPhone: 0,
    });
  });

  it('counts down to 1 February 2027 00:00 UTC and stops at zero', () => {
    expect(new Date(SMS_VOICE_RETIREMENT).toISOString()).toBe('2027-02-01T00:00:00.000Z');
    const before = SMS_VOICE_RETIREMENT - (2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 59_000);
    expect(timeUntilRetirement(before)).toEqual({ days: 2, hours: 3, minutes: 4, passed: false });
    expect(timeUntilRetirement(SMS_VOICE_RETIREMENT + 1)).toEqual({
      days: 0,
      hours: 0,
      minutes: 0,
      passed: true,
    });
  });
});
