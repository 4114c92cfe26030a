import { describe, expect, it } from 'vitest';
import { upnCsv } from './cohort-csv.ts';

describe('cohort CSV', () => {
  it('writes a header and one UPN per CRLF line, skipping rows without one', () => {
    expect(
      upnCsv([{ userPrincipalName: 'a@contoso.com' }, { id: 'x' }, { userPrincipalName: 'b@contoso.com' }]),
    ).toBe('userPrincipalName\r\na@contoso.com\r\nb@contoso.com\r\n');
  });

  it('neutralises a UPN that a spreadsheet would run as a formula', () => {
    expect(upnCsv([{ userPrincipalName: '=cmd@contoso.com' }])).toBe(
      "userPrincipalName\r\n'=cmd@contoso.com\r\n",
    );
  });

  it('is just the header for an empty cohort', () => {
    expect(upnCsv([])).toBe('userPrincipalName\r\n');
  });
});
