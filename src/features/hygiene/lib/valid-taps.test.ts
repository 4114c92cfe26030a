import { describe, expect, it } from 'vitest';
import { tapState, validTaps } from './valid-taps.ts';
import { TYPE, userWith } from './test-users.ts';

const START = Date.parse('2026-11-23T10:00:00Z');
const tap = (extra: Record<string, unknown> = {}) => ({
  '@odata.type': TYPE.tap,
  id: 'tap',
  startDateTime: new Date(START).toISOString(),
  lifetimeInMinutes: 60,
  isUsableOnce: true,
  ...extra,
});

describe('tapState from the pass’s window (no verdict from Graph)', () => {
  it('is not yet valid a millisecond before the start, active from the start', () => {
    expect(tapState(tap(), START - 1)).toBe('notYetValid');
    expect(tapState(tap(), START)).toBe('active');
  });

  it('is active a millisecond before start + lifetime and expired at it', () => {
    expect(tapState(tap(), START + 60 * 60_000 - 1)).toBe('active');
    expect(tapState(tap(), START + 60 * 60_000)).toBe('expired');
  });

  it('starts at creation when the pass has no start time', () => {
    const created = tap({ startDateTime: null, createdDateTime: new Date(START).toISOString() });
    expect(tapState(created, START + 30 * 60_000)).toBe('active');
    expect(tapState(created, START + 61 * 60_000)).toBe('expired');
  });
});

describe('tapState with Graph’s verdict', () => {
  it('trusts Graph’s clock over ours, in either spelling', () => {
    expect(tapState(tap({ methodUsabilityReason: 'Expired' }), START)).toBe('expired');
    expect(tapState(tap({ methodUsabilityReason: 'oneTimeUsed' }), START)).toBe('used');
    expect(tapState(tap({ methodUsabilityReason: 'DisabledByPolicy' }), START)).toBe('disabled');
    expect(tapState(tap({ methodUsabilityReason: 'NotYetValid' }), START + 1)).toBe('notYetValid');
    expect(tapState(tap({ methodUsabilityReason: 'EnabledByPolicy' }), START + 999 * 60_000)).toBe('active');
  });

  it('falls back to the window for a reason it does not know', () => {
    expect(tapState(tap({ methodUsabilityReason: 'somethingNew' }), START + 61 * 60_000)).toBe('expired');
  });
});

describe('validTaps', () => {
  it('lists active and not-yet-valid passes with their window, not expired or used ones', () => {
    const users = [
      userWith('active', [tap()]),
      userWith('later', [tap({ startDateTime: new Date(START + 3_600_000).toISOString() })]),
      userWith('expired', [tap({ lifetimeInMinutes: 10 })]),
      userWith('used', [tap({ methodUsabilityReason: 'OneTimeUsed' })]),
    ];
    const found = validTaps(users, START + 30 * 60_000);
    expect(found.map((t) => [t.userId, t.state])).toEqual([
      ['active', 'active'],
      ['later', 'notYetValid'],
    ]);
    expect(found[0]?.endsAt).toBe('2026-11-23T11:00:00.000Z');
  });
});
