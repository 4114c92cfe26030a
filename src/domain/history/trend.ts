import { exclusionLines, type Exclusions } from '../scope/exclusions.ts';
import type { Snapshot } from './snapshot.ts';

export type SharePoint = { day: string } & Record<string, number | null | string>;

/**
 * One point per snapshot: each key's share (0..100, one decimal) of the section's `totalKey`. A day
 * whose snapshot lacks the section or has a zero total gets null, drawn as a gap rather than a zero.
 */
export function sectionShares(
  snapshots: readonly Snapshot[],
  section: string,
  keys: readonly string[],
  totalKey = 'total',
): SharePoint[] {
  return snapshots.map((s) => {
    const figures = s.sections[section];
    const total = figures?.[totalKey];
    const point: SharePoint = { day: s.day };
    for (const key of keys) {
      const n = figures?.[key];
      point[key] = total && n !== undefined ? Math.round((n / total) * 1000) / 10 : null;
    }
    return point;
  });
}

const signature = (e: Exclusions) => JSON.stringify(exclusionLines(e));

/** What the history's snapshots left out: every distinct exclusion, and whether it changed over time. */
export function historyExclusions(snapshots: readonly Snapshot[]): {
  lines: { label: string; reason: string }[];
  changed: boolean;
} {
  const seen = new Map<string, { label: string; reason: string }>();
  for (const s of snapshots)
    for (const line of exclusionLines(s.exclusions)) seen.set(`${line.label}\u0000${line.reason}`, line);
  const changed = new Set(snapshots.map((s) => signature(s.exclusions))).size > 1;
  return { lines: [...seen.values()], changed };
}

/** One point per snapshot with the raw counts of `keys` (null where the day lacks them): cohort sizes over time. */
export function sectionCounts(
  snapshots: readonly Snapshot[],
  section: string,
  keys: readonly string[],
): SharePoint[] {
  return snapshots.map((s) => {
    const point: SharePoint = { day: s.day };
    for (const key of keys) point[key] = s.sections[section]?.[key] ?? null;
    return point;
  });
}
