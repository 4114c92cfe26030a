import { describe, expect, it } from 'vitest';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { bitOf } from '../../../domain/sign-ins/sign-in-scan.ts';
import { registeredAndUsed, usedForMfa } from './registered-and-used.ts';

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
