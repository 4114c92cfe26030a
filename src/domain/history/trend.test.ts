import { describe, expect, it } from 'vitest';
import type { Snapshot } from './snapshot.ts';
import { historyExclusions, sectionCounts, sectionShares } from './trend.ts';

const snap = (day: string, sections: Snapshot['sections'], guests?: string): Snapshot => ({
  version: 1,
  tenantId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  day,
  takenAt: `${day}T09:00:00.000Z`,
  exclusions: { ...(guests && { guests: { reason: guests } }), accounts: [] },
  sections,
});

describe('trend points', () => {
  it('gives shares of the section total, with gaps for missing sections or zero totals', () => {
    const points = sectionShares(
      [
        snap('2026-11-01', { features: { total: 3, mfaCapable: 1 } }),
        snap('2026-11-02', { methods: { fido2: 1 } }),
        snap('2026-11-03', { features: { total: 0, mfaCapable: 0 } }),
      ],
      'features',
      ['mfaCapable', 'ssprCapable'],
    );
    expect(points).toEqual([
      { day: '2026-11-01', mfaCapable: 33.3, ssprCapable: null },
      { day: '2026-11-02', mfaCapable: null, ssprCapable: null },
      { day: '2026-11-03', mfaCapable: null, ssprCapable: null },
    ]);
  });

  it('lists distinct exclusions and says when they changed', () => {
    const same = [snap('2026-11-01', { a: {} }, 'r'), snap('2026-11-02', { a: {} }, 'r')];
    expect(historyExclusions(same)).toEqual({ lines: [{ label: 'Guests', reason: 'r' }], changed: false });
    expect(historyExclusions([...same, snap('2026-11-03', { a: {} })]).changed).toBe(true);
  });

  it('gives raw counts for cohort sizes, null where a day lacks the section', () => {
    const points = sectionCounts(
      [snap('2026-11-01', { retirement: { phoneOnly: 5 } }), snap('2026-11-02', { features: { total: 1 } })],
      'retirement',
      ['phoneOnly'],
    );
    expect(points).toEqual([
      { day: '2026-11-01', phoneOnly: 5 },
      { day: '2026-11-02', phoneOnly: null },
    ]);
  });
});
