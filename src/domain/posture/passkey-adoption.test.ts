import { describe, expect, it } from 'vitest';
import type { RegistrationScanRow } from '../reports/registration-scan.ts';
import { passkeyAdoption, passkeyFigures } from './passkey-adoption.ts';

const row = (id: string, methodsRegistered: (string | null)[], isAdmin = false) =>
  ({ id, methodsRegistered, isAdmin }) as RegistrationScanRow;

describe('passkeyAdoption', () => {
  const rows = [
    row('key-and-synced', ['passKeyDeviceBound', 'passKeySynced', 'mobilePhone']),
    row('legacy-key', ['fido2SecurityKey'], true),
    row('app', ['passKeyDeviceBoundAuthenticator']),
    row('windows', ['passKeyDeviceBoundWindowsHello', 'windowsHelloForBusiness']),
    row('admin-none', ['microsoftAuthenticatorPush'], true),
    row('sms-only', ['mobilePhone', 'email']),
    row('hello-only', ['windowsHelloForBusiness']),
    row('nothing', [null]),
    row('excluded', ['passKeySynced']),
  ];
  const ids = (list: readonly RegistrationScanRow[]) => list.map((r) => r.id);

  it('counts a user under every kind they registered, and each user without one in one cohort, admins first', () => {
    const { total, admins, cohorts } = passkeyAdoption(rows, (r) => r.id === 'excluded');
    expect([total, admins]).toEqual([8, 2]);
    expect(ids(cohorts.any)).toEqual(['key-and-synced', 'legacy-key', 'app', 'windows']);
    expect(ids(cohorts.securityKey)).toEqual(['key-and-synced', 'legacy-key']);
    expect(ids(cohorts.synced)).toEqual(['key-and-synced']);
    expect(ids(cohorts.authenticator)).toEqual(['app']);
    expect(ids(cohorts.windows)).toEqual(['windows']);
    expect(ids(cohorts.noneAdmins)).toEqual(['admin-none']);
    // Windows Hello for Business is not a passkey in the report's words, nor does it leave a user weak-only.
    expect(ids(cohorts.noneWeakOnly)).toEqual(['sms-only']);
    expect(ids(cohorts.noneOthers)).toEqual(['hello-only', 'nothing']);
  });

  it('gives the snapshot counts only, with the admins of each kind', () => {
    const figures = passkeyFigures(passkeyAdoption(rows, (r) => r.id === 'excluded'));
    expect(figures).toMatchObject({
      total: 8,
      admins: 2,
      any: 4,
      anyAdmins: 1,
      securityKey: 2,
      securityKeyAdmins: 1,
      noneAdmins: 1,
      noneWeakOnly: 1,
      noneOthers: 2,
    });
    expect(Object.values(figures).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
  });
});
