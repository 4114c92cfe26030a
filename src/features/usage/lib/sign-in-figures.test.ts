import { describe, expect, it } from 'vitest';
import { methodSignInRows, mfaShare } from './sign-in-figures.ts';

describe('methodSignInRows', () => {
  it('keeps methods with sign-ins, most used first, and names a method Graph adds later as it comes', () => {
    const rows = methodSignInRows([
      { authenticationMethod: 'password', successActivityCount: 10 },
      { authenticationMethod: 'fido2SecurityKey', successActivityCount: 30 },
      { authenticationMethod: 'quantumKey', successActivityCount: 5 },
      { authenticationMethod: 'sms', successActivityCount: 0 },
      { authenticationMethod: 'email', successActivityCount: null },
    ]);
    expect(rows.map((r) => [r.label, r.count])).toEqual([
      ['FIDO2 security key', 30],
      ['Password', 10],
      ['Quantum key', 5],
    ]);
  });
});

describe('mfaShare', () => {
  it('sums the whole UTC days of the period, today included, and leaves out a day whose date does not parse', () => {
    const now = Date.UTC(2026, 11, 7, 15);
    const day = (daysAgo: number) => new Date(Date.UTC(2026, 11, 7 - daysAgo)).toISOString();
    const share = mfaShare(
      [
        { createdDateTime: day(1), totalSignIns: 10, singleFactorSignIns: 4, multiFactorSignIns: 6 },
        { createdDateTime: day(6), totalSignIns: 5, singleFactorSignIns: 1, multiFactorSignIns: 4 },
        // Seven whole days are today and the six before it.
        { createdDateTime: day(7), totalSignIns: 7, singleFactorSignIns: 7, multiFactorSignIns: 0 },
        { createdDateTime: day(20), totalSignIns: 50, singleFactorSignIns: 50, multiFactorSignIns: 0 },
        { createdDateTime: 'someday', totalSignIns: 99, singleFactorSignIns: 99, multiFactorSignIns: 0 },
      ],
      7,
      now,
    );
    expect(share).toEqual({ total: 15, multiFactor: 10, singleFactor: 5, days: 7 });
  });
});
