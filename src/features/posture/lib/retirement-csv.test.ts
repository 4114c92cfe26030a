import { describe, expect, it } from 'vitest';
import { retirementCsv } from './retirement-csv.ts';

describe('retirementCsv', () => {
  it('writes the UPN first, then name, date, outcome, phone types and the date’s note', () => {
    const csv = retirementCsv([
      {
        row: {
          id: 'u1',
          userPrincipalName: '=kim@contoso.com',
          userDisplayName: 'Kim',
          methodsRegistered: ['mobilePhone', 'officePhone'],
        },
        outcome: { outcome: 'mustRegisterPasskey', phones: ['mobilePhone'], remaining: [], smsSignIn: false },
        deadline: { deadline: 'july' },
        unrecognised: [],
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'userPrincipalName,displayName,retirementDate,outcome,mobilePhone,alternateMobilePhone,officePhone,note',
      "'=kim@contoso.com,Kim,1 July 2027,Must register a passkey at sign-in,yes,no,yes,",
      '',
    ]);
  });
});
