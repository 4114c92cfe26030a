import { describe, expect, it } from 'vitest';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { bitOf } from '../../../domain/sign-ins/sign-in-scan.ts';
import {
  registeredAndUsed,
  USED_FOR_MFA_SERIES,
  usedForMfa,
  usedForMfaFigures,
} from './registered-and-used.ts';
import { registeredAndUsedCsv } from './registered-and-used-csv.ts';

const row = (id: string, methodsRegistered: string[]) => ({ id, methodsRegistered }) as RegistrationScanRow;

describe('registeredAndUsed', () => {
  it('counts who registered each family and who used it for MFA, and the overlap', () => {
    const rows = [
      row('a', ['mobilePhone', 'microsoftAuthenticatorPush']),
      row('b', ['officePhone']),
      row('c', ['passKeySynced', 'hardwareOneTimePasscode']),
    ];
    const usage = new Map([
      ['a', bitOf('password') | bitOf('phone', true)],
      // An SMS code as the first step is one factor: no MFA use of the phone.
      ['b', bitOf('phone')],
      ['c', bitOf('fido2')],
    ]);
    const table = registeredAndUsed(rows, usage);
    const of = (kind: string) => table.find((r) => r.kind === kind);
    expect(of('phone')).toMatchObject({ registered: 2, used: 1, registeredAndUsed: 1 });
    expect(of('microsoftAuthenticator')).toMatchObject({ registered: 1, used: 0 });
    expect(of('fido2')).toMatchObject({ registered: 1, used: 1, registeredAndUsed: 1 });
    expect(of('softwareOath')).toMatchObject({ registered: 1, used: 0 });
  });

  it('treats a passwordless first step as MFA, a password or SMS code alone as not', () => {
    expect(usedForMfa(bitOf('windowsHelloForBusiness'), 'windowsHelloForBusiness')).toBe(true);
    expect(usedForMfa(bitOf('password'), 'password')).toBe(false);
    expect(usedForMfa(bitOf('phone'), 'phone')).toBe(false);
    expect(usedForMfa(undefined, 'phone')).toBe(false);
  });
});

describe('usedForMfaFigures', () => {
  it('counts users per family, whole numbers only, with the rows counted as the total', () => {
    const rows = [row('a', ['mobilePhone']), row('b', []), row('c', [])];
    const usage = new Map([
      ['a', bitOf('phone', true)],
      // Used without the report listing it yet: still a user who used it.
      ['b', bitOf('fido2')],
      // Not among the rows counted (left out by the exclusions): not counted.
      ['z', bitOf('fido2')],
    ]);
    const figures = usedForMfaFigures(rows, usage);
    expect(figures).toMatchObject({ total: 3, phone: 1, fido2: 1, microsoftAuthenticator: 0 });
    expect(Object.keys(figures)).toEqual(['total', ...USED_FOR_MFA_SERIES.map((s) => s.key)]);
  });
});

describe('registeredAndUsedCsv', () => {
  it('gives each user in view a line of registered / used per family, formula starts neutralised', () => {
    const rows = [
      { ...row('a', ['mobilePhone']), userPrincipalName: 'a@contoso.com', userDisplayName: '=cmd()' },
      { ...row('b', []), userPrincipalName: 'b@contoso.com', userDisplayName: 'Bea, "B"' },
    ];
    const lines = registeredAndUsedCsv(rows, new Map([['a', bitOf('phone', true)]])).split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['userPrincipalName', 'displayName', 'id']);
    const phone = header.indexOf('phoneRegistered');
    expect(header[phone + 1]).toBe('phoneUsedForMfa');
    expect(lines[1]!.startsWith("a@contoso.com,'=cmd(),a,")).toBe(true);
    expect(lines[1]!.split(',').slice(phone, phone + 2)).toEqual(['yes', 'yes']);
    expect(lines[2]!.startsWith('b@contoso.com,"Bea, ""B""",b,')).toBe(true);
    expect(lines[2]!.endsWith(',no,no')).toBe(true);
    expect(lines).toHaveLength(4);
  });
});
