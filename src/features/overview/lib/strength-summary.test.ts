import { describe, expect, it } from 'vitest';
import { STRENGTH_LABELS } from '../../../domain/auth-methods/method-strength.ts';
import { strengthSeries, summarizeStrength } from './strength-summary.ts';

describe('summarizeStrength', () => {
  const rows = [
    {
      id: '1',
      isAdmin: true,
      methodsRegistered: ['fido2SecurityKey'],
      lastUpdatedDateTime: '2026-01-02T10:00:00Z',
    },
    {
      id: '2',
      isAdmin: true,
      methodsRegistered: ['mobilePhone'],
      lastUpdatedDateTime: '2026-01-03T09:00:00Z',
    },
    { id: '3', isAdmin: false, methodsRegistered: ['microsoftAuthenticatorPush', 'newThing'] },
    { id: '4', isAdmin: null, methodsRegistered: [], lastUpdatedDateTime: 'not a date' },
    { id: '5', methodsRegistered: ['newThing', 'otherThing'], lastUpdatedDateTime: '2026-01-01T00:00:00Z' },
  ];

  it('counts each user once overall and once among admins', () => {
    const s = summarizeStrength(rows);
    expect(s.overall).toEqual({ phishingResistant: 1, strong: 1, weakOnly: 1, none: 2 });
    expect(s.admins).toEqual({ phishingResistant: 1, strong: 0, weakOnly: 1, none: 0 });
    expect(s.totalUsers).toBe(5);
    expect(s.totalAdmins).toBe(2);
  });

  it('lists unknown methods with their users, most common first', () => {
    expect(summarizeStrength(rows).unrecognised).toEqual([
      { method: 'newThing', users: 2 },
      { method: 'otherThing', users: 1 },
    ]);
  });

  it('keeps the freshest valid lastUpdatedDateTime', () => {
    expect(summarizeStrength(rows).latestUpdate).toBe('2026-01-03T09:00:00Z');
    expect(summarizeStrength([]).latestUpdate).toBeUndefined();
  });

  it('charts shares of each group, zero for an empty group', () => {
    const bars = strengthSeries(summarizeStrength(rows), STRENGTH_LABELS);
    expect(bars.map((b) => [b.strength, b.overall, b.admins])).toEqual([
      ['phishingResistant', 20, 50],
      ['strong', 20, 0],
      ['weakOnly', 20, 50],
      ['none', 40, 0],
    ]);
    expect(strengthSeries(summarizeStrength([]), STRENGTH_LABELS)[0]).toMatchObject({
      overall: 0,
      admins: 0,
    });
  });
});
