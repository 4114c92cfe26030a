import type { Snapshot } from './snapshot.ts';

/**
 * Union by day. Where both sides have a day, the EARLIER snapshot wins (ties keep the local one): the
 * same rule as taking snapshots, where the day's first look is kept, so merging in any order gives the
 * same history.
 */
export function mergeSnapshots(
  local: readonly Snapshot[],
  incoming: readonly Snapshot[],
): { merged: Snapshot[]; added: Snapshot[]; keptLocal: Snapshot[]; replaced: Snapshot[] } {
  const byDay = new Map(local.map((s) => [s.day, s]));
  const added: Snapshot[] = [];
  const keptLocal: Snapshot[] = [];
  const replaced: Snapshot[] = [];
  for (const s of incoming) {
    const mine = byDay.get(s.day);
    if (!mine) {
      byDay.set(s.day, s);
      added.push(s);
    } else if (Date.parse(s.takenAt) < Date.parse(mine.takenAt)) {
      byDay.set(s.day, s);
      replaced.push(s);
    } else keptLocal.push(s);
  }
  const merged = [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
  return { merged, added, keptLocal, replaced };
}
