import { describe, expect, it } from 'vitest';
import { normaliseExclusions } from '../../../domain/scope/exclusions.ts';
import { rowsInView, summariesFromRows, type ScanRow } from './excluded-figures.ts';
import { overviewSections } from './overview-snapshot.ts';
import { summarizeStrength } from './strength-summary.ts';

const rows: ScanRow[] = [
  {
    id: '1',
    userPrincipalName: 'a@c.com',
    userType: 'member',
    isAdmin: true,
    isMfaCapable: true,
    methodsRegistered: ['fido2', 'mobilePhone'],
  },
  {
    id: '2',
    userPrincipalName: 'g#EXT#@c.com',
    userType: 'guest',
    isMfaCapable: true,
    methodsRegistered: ['mobilePhone'],
  },
  {
    id: '3',
    userPrincipalName: 'svc@c.com',
    userType: 'member',
    isSsprCapable: true,
    methodsRegistered: ['email', 'email'],
  },
  {
    id: '4',
    userPrincipalName: 'off@c.com',
    userType: 'member',
    isPasswordlessCapable: true,
    methodsRegistered: [],
  },
];
const ALL = { userTypes: 'all', userRoles: 'all' } as const;

describe('figures under exclusions', () => {
  it('leaves out guests, disabled ids and named accounts', () => {
    const ex = normaliseExclusions({
      guests: 'g',
      disabled: 'd',
      accounts: [{ upn: 'SVC@c.com', reason: 's' }],
    });
    expect(rowsInView(rows, ALL, ex, new Set(['4'])).map((r) => r.id)).toEqual(['1']);
  });

  it('applies the report scope as far as rows tell', () => {
    const none = normaliseExclusions({});
    expect(
      rowsInView(rows, { userTypes: 'guest', userRoles: 'all' }, none, new Set()).map((r) => r.id),
    ).toEqual(['2']);
    expect(
      rowsInView(rows, { userTypes: 'all', userRoles: 'privilegedAdmin' }, none, new Set()).map((r) => r.id),
    ).toEqual(['1']);
    expect(
      rowsInView(rows, { userTypes: 'member', userRoles: 'user' }, none, new Set()).map((r) => r.id),
    ).toEqual(['3', '4']);
  });

  it('counts features and methods like the summaries, each user once per method', () => {
    const { features, methods } = summariesFromRows(rows);
    expect(features.totalUserCount).toBe(4);
    expect(features.userRegistrationFeatureCounts).toContainEqual({ feature: 'mfaCapable', userCount: 2 });
    expect(features.userRegistrationFeatureCounts).toContainEqual({
      feature: 'ssprRegistered',
      userCount: 0,
    });
    expect(methods.userRegistrationMethodCounts).toEqual([
      { authenticationMethod: 'fido2', userCount: 1 },
      { authenticationMethod: 'mobilePhone', userCount: 2 },
      { authenticationMethod: 'email', userCount: 1 },
    ]);
  });

  it('makes snapshot sections of counts, leaving out method names that are not safe names', () => {
    const { features, methods } = summariesFromRows(rows);
    methods.userRegistrationMethodCounts?.push({ authenticationMethod: '<b>x</b>', userCount: 3 });
    const sections = overviewSections(features, methods, summarizeStrength(rows));
    expect(sections.features).toEqual({
      total: 4,
      mfaCapable: 2,
      ssprRegistered: 0,
      ssprEnabled: 0,
      ssprCapable: 1,
      passwordlessCapable: 1,
    });
    expect(sections.methods).toEqual({ fido2: 1, mobilePhone: 2, email: 1 });
    expect(sections.strength?.total).toBe(4);
    expect(sections.strengthAdmins).toEqual({
      total: 1,
      phishingResistant: 1,
      strong: 0,
      weakOnly: 0,
      none: 0,
    });
  });
});
