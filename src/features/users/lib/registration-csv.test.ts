import { describe, expect, it } from 'vitest';
import {
  REGISTRATION_CSV_COLUMNS,
  registrationCsvHeader,
  registrationRowsToCsv,
} from './registration-csv.ts';

describe('registration rows to CSV', () => {
  it('writes a header with one column per property, CRLF-terminated', () => {
    const header = registrationCsvHeader();
    expect(header.endsWith('\r\n')).toBe(true);
    expect(header.split(',')).toHaveLength(REGISTRATION_CSV_COLUMNS.length);
    expect(header.startsWith('id,userDisplayName,userPrincipalName,')).toBe(true);
  });

  it('writes one line per row, joining collections with semicolons', () => {
    const csv = registrationRowsToCsv([
      {
        id: '1',
        userDisplayName: "O'Brien, Pat",
        userPrincipalName: 'pat@contoso.com',
        userType: 'member',
        isAdmin: false,
        isMfaCapable: true,
        methodsRegistered: ['mobilePhone', 'email'],
        systemPreferredAuthenticationMethods: null,
      },
      { id: '2', userDisplayName: '=cmd|calc' },
    ]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^1,"O'Brien, Pat",pat@contoso.com,member,false,,true,,,,,,mobilePhone;email,,,,$/,
    );
    expect(lines[1]).toMatch(/^2,'=cmd\|calc,/);
    expect(lines[2]).toBe('');
  });

  it('writes nothing for no rows', () => {
    expect(registrationRowsToCsv([])).toBe('');
  });
});
