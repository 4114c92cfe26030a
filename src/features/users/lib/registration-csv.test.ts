import { describe, expect, it } from 'vitest';
import {
  csvField,
  REGISTRATION_CSV_COLUMNS,
  registrationCsvHeader,
  registrationRowsToCsv,
} from './registration-csv.ts';

describe('csvField', () => {
  it('leaves plain values alone and empties null and undefined', () => {
    expect(csvField('alice@contoso.com')).toBe('alice@contoso.com');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvField('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('neutralises spreadsheet formulas with a leading quote', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1 555')).toBe("'+1 555");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
    expect(csvField('a=b')).toBe('a=b');
  });
});

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
