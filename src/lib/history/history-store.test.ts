import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addSnapshotIfNew, clearSnapshots, putSnapshots, readSnapshots } from './history-store.ts';
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
    expect(await addSnapshotIfNew(snap(A, '2026-11-02', 1))).toBe(true);
    expect(await addSnapshotIfNew(snap(A, '2026-11-01', 2))).toBe(true);
    expect(await addSnapshotIfNew(snap(A, '2026-11-02', 3))).toBe(false);
    expect(await addSnapshotIfNew(snap(B, '2026-11-02', 4))).toBe(true);
    const days = (await readSnapshots(A)).map((s) => [s.day, s.sections.features?.mfaCapable]);
    expect(days).toEqual([
      ['2026-11-01', 2],
      ['2026-11-02', 1],
    ]);
    expect(await readSnapshots(B)).toHaveLength(1);
  });

  it('puts merged snapshots over existing days and clears one tenant only', async () => {
    await addSnapshotIfNew(snap(A, '2026-11-01', 1));
    await addSnapshotIfNew(snap(B, '2026-11-01', 1));
    await putSnapshots([snap(A, '2026-11-01', 5), snap(A, '2026-11-03', 6)]);
    expect((await readSnapshots(A)).map((s) => s.sections.features?.mfaCapable)).toEqual([5, 6]);
    await clearSnapshots(A);
    expect(await readSnapshots(A)).toEqual([]);
    expect(await readSnapshots(B)).toHaveLength(1);
  });
});
