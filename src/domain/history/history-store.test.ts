import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearSnapshots, putSnapshots, readSnapshots, recordSnapshot } from './history-store.ts';
import type { Snapshot } from './snapshot.ts';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const snap = (tenantId: string, day: string, mfa: number): Snapshot => ({
  version: 1,
  tenantId,
  day,
  takenAt: `${day}T09:00:00.000Z`,
  exclusions: { accounts: [] },
  sections: { features: { total: 10, mfaCapable: mfa } },
});

describe('history store (IndexedDB)', () => {
  beforeEach(async () => {
    await clearSnapshots(A);
    await clearSnapshots(B);
  });

  it('keeps the first snapshot of a day and lists days in order, per tenant', async () => {
    expect(await recordSnapshot(snap(A, '2026-11-02', 1))).toBe('added');
    expect(await recordSnapshot(snap(A, '2026-11-01', 2))).toBe('added');
    expect(await recordSnapshot(snap(A, '2026-11-02', 3))).toBe('kept');
    expect(await recordSnapshot(snap(B, '2026-11-02', 4))).toBe('added');
    const days = (await readSnapshots(A)).map((s) => [s.day, s.sections.features?.mfaCapable]);
    expect(days).toEqual([
      ['2026-11-01', 2],
      ['2026-11-02', 1],
    ]);
    expect(await readSnapshots(B)).toHaveLength(1);
  });

  it('puts merged snapshots over existing days and clears one tenant only', async () => {
    await recordSnapshot(snap(A, '2026-11-01', 1));
    await recordSnapshot(snap(B, '2026-11-01', 1));
    await putSnapshots([snap(A, '2026-11-01', 5), snap(A, '2026-11-03', 6)]);
    expect((await readSnapshots(A)).map((s) => s.sections.features?.mfaCapable)).toEqual([5, 6]);
    await clearSnapshots(A);
    expect(await readSnapshots(A)).toEqual([]);
    expect(await readSnapshots(B)).toHaveLength(1);
  });

  it('adds sections a day lacks (a lens recording later), never overwrites one, and only under the same exclusions', async () => {
    await recordSnapshot(snap(A, '2026-11-01', 1));
    const lens = {
      ...snap(A, '2026-11-01', 9),
      sections: { features: { total: 99 }, retirement: { phoneOnly: 4 } },
    };
    expect(await recordSnapshot(lens)).toBe('extended');
    const [day] = await readSnapshots(A);
    expect(day?.sections).toEqual({ features: { total: 10, mfaCapable: 1 }, retirement: { phoneOnly: 4 } });
    const other = {
      ...lens,
      sections: { privileged: { admins: 3 } },
      exclusions: { guests: { reason: 'g' }, accounts: [] },
    };
    expect(await recordSnapshot(other)).toBe('kept');
    expect(Object.keys((await readSnapshots(A))[0]?.sections ?? {})).toEqual(['features', 'retirement']);
  });
});
