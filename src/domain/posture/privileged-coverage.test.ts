import { describe, expect, it } from 'vitest';
import type { RegistrationScanRow } from '../reports/registration-scan.ts';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import {
  findPrivilegedAdmins,
  privilegedCoverageFigures,
  selectAdmins,
  summarizePrivilegedCoverage,
} from './privileged-coverage.ts';

const GA = ROLE_TEMPLATE.globalAdministrator;
const PRA = ROLE_TEMPLATE.privilegedRoleAdministrator;
const READER = ROLE_TEMPLATE.reportsReader;
const IMPLICIT_USER = 'b79fbf4d-3ef9-4689-8143-76b194e85509';

const row = (id: string, methods: (string | null)[], isAdmin = true): RegistrationScanRow => ({
  id,
  userPrincipalName: `${id}@contoso.com`,
  isAdmin,
  methodsRegistered: methods,
});

describe('privileged coverage', () => {
  it('classes each admin by their strongest method: the password and a TAP never count', () => {
    const admins = findPrivilegedAdmins(
      [
        row('pr', ['password', 'mobilePhone', 'passKeyDeviceBound']),
        row('strong', ['password', 'microsoftAuthenticatorPush', 'email']),
        row('weak', ['mobilePhone', 'securityQuestion']),
        row('pw', ['password']),
        row('tap', ['password', 'temporaryAccessPass']),
        row('member', ['passKeySynced'], false),
      ],
      {},
    );
    expect(Object.fromEntries(admins.map((a) => [a.id, a.strength]))).toEqual({
      pr: 'phishingResistant',
      strong: 'strong',
      weak: 'weakOnly',
      pw: 'none',
      tap: 'none',
    });
  });

  it('keeps method strings Graph may add later, never counting them as strong', () => {
    const [admin] = findPrivilegedAdmins([row('a', ['qrCodePin', 'unknownFutureValue', 'mobilePhone'])], {});
    expect(admin?.strength).toBe('weakOnly');
    expect(admin?.unrecognised).toEqual(['qrCodePin', 'unknownFutureValue']);
    const summary = summarizePrivilegedCoverage(
      findPrivilegedAdmins([row('a', ['qrCodePin']), row('b', ['qrCodePin'])], {}),
    );
    expect(summary.unrecognised).toEqual([{ method: 'qrCodePin', users: 2 }]);
    expect(summary.classTotals.none).toBe(2);
  });

  it('finds admins from memberships and PIM eligibilities too, and marks eligible-only ones', () => {
    const admins = findPrivilegedAdmins(
      [
        row('member-role', ['email'], false),
        row('eligible', ['fido2SecurityKey'], false),
        row('plain', [], false),
      ],
      {
        active: new Map([['member-role', [READER]]]),
        eligible: new Map([['eligible', [GA]]]),
      },
    );
    expect(admins.map((a) => [a.id, a.tier, a.eligibleOnly])).toEqual([
      ['member-role', 'otherAdmin', false],
      ['eligible', 'globalAdmin', true],
    ]);
  });

  it('places an admin by the highest role, active or eligible; the implicit User role is no admin role', () => {
    const admins = findPrivilegedAdmins([row('a', []), row('b', [], false)], {
      active: new Map([
        ['a', [READER]],
        ['b', [IMPLICIT_USER]],
      ]),
      eligible: new Map([['a', [PRA]]]),
    });
    expect(admins.map((a) => [a.id, a.tier, a.activeRoles])).toEqual([['a', 'privileged', [READER]]]);
  });

  it('counts tier × class, the headline and eligible principals the report does not know', () => {
    const admins = findPrivilegedAdmins(
      [row('ga1', ['passKeySynced']), row('ga2', ['mobilePhone']), row('r', ['microsoftAuthenticatorPush'])],
      {
        active: new Map([
          ['ga1', [GA]],
          ['ga2', [GA]],
          ['r', [READER]],
        ]),
      },
    );
    const summary = summarizePrivilegedCoverage(admins, ['ga1', 'gone'], new Set(['ga1', 'ga2', 'r']));
    expect(summary.total).toBe(3);
    expect(summary.lackingPhishingResistant).toBe(2);
    expect(summary.cells.globalAdmin).toEqual({ phishingResistant: 1, strong: 0, weakOnly: 1, none: 0 });
    expect(summary.cells.otherAdmin.strong).toBe(1);
    expect(summary.tierTotals).toEqual({ globalAdmin: 2, privileged: 0, otherAdmin: 1 });
    expect(summary.eligibleNotInReport).toBe(1);
    expect(selectAdmins(admins, { tier: 'globalAdmin', strength: 'lacking' }).map((a) => a.id)).toEqual([
      'ga2',
    ]);
    expect(selectAdmins(admins, { tier: 'all', strength: 'strong' }).map((a) => a.id)).toEqual(['r']);
    expect(selectAdmins(admins, { tier: 'all', strength: 'all' })).toHaveLength(3);
  });

  it('gives plain figures for the history snapshot, leaving excluded rows out', () => {
    const rows = [row('ga', ['mobilePhone']), row('svc', ['password'])];
    const roles = { active: new Map([['ga', [GA]]]) };
    const figures = privilegedCoverageFigures(rows, roles, (r) => r.id === 'svc');
    expect(figures).toMatchObject({
      total: 1,
      lackingPhishingResistant: 1,
      eligibleOnly: 0,
      globalAdmin: 1,
      'globalAdmin.weakOnly': 1,
      'otherAdmin.none': 0,
    });
    expect(Object.values(figures).every((v) => typeof v === 'number')).toBe(true);
  });
});
