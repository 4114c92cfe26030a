import { mergeSnapshots } from './merge.ts';
import { parseSnapshot, SNAPSHOT_VERSION, type Snapshot } from './snapshot.ts';

export const HISTORY_FILE_FORMAT = 'entra-auth-methods-dashboard.history';
/** Ten years of days: a larger file is not one of ours. */
export const MAX_SNAPSHOTS_IN_FILE = 3700;
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface HistoryFile {
  format: typeof HISTORY_FILE_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  tenantId: string;
  exportedAt: string;
  snapshots: Snapshot[];
}

export function historyFile(tenantId: string, snapshots: readonly Snapshot[], now: number): HistoryFile {
  return {
    format: HISTORY_FILE_FORMAT,
    version: SNAPSHOT_VERSION,
    tenantId,
    exportedAt: new Date(now).toISOString(),
    snapshots: [...snapshots],
  };
}

export function historyFileName(tenantId: string, now: number): string {
  return `adoption-history-${tenantId.slice(0, 8)}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export interface SkippedEntry {
  /** Index in the file's snapshots, or -1 for the file as a whole. */
  index: number;
  day: string | undefined;
  reason: string;
}

export type ImportCheck =
  { ok: false; reason: string } | { ok: true; snapshots: Snapshot[]; skipped: SkippedEntry[] };

/**
 * Reads a history file for this tenant. The file as a whole is refused when it is not JSON, not ours, of
 * another version or tenant, or too big; single snapshots that fail are skipped with the reason.
 */
export function checkHistoryFile(text: string, tenantId: string): ImportCheck {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, reason: 'The file is larger than a history file can be.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON.' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reason: 'The file is not an adoption-history export.' };
  const file = raw as Record<string, unknown>;
  if (file.format !== HISTORY_FILE_FORMAT)
    return { ok: false, reason: 'The file is not an adoption-history export.' };
  if (file.version !== SNAPSHOT_VERSION)
    return { ok: false, reason: `The file's version (${String(file.version)}) is not one this app reads.` };
  if (typeof file.tenantId !== 'string' || file.tenantId.toLowerCase() !== tenantId.toLowerCase())
    return { ok: false, reason: 'The file is the history of another tenant.' };
  if (!Array.isArray(file.snapshots)) return { ok: false, reason: 'The file has no snapshot list.' };
  if (file.snapshots.length > MAX_SNAPSHOTS_IN_FILE)
    return { ok: false, reason: `The file has more than ${MAX_SNAPSHOTS_IN_FILE} snapshots.` };
  const snapshots: Snapshot[] = [];
  const skipped: SkippedEntry[] = [];
  const days = new Set<string>();
  file.snapshots.forEach((entry: unknown, index) => {
    const parsed = parseSnapshot(entry);
    const day =
      typeof entry === 'object' && entry !== null && typeof (entry as { day?: unknown }).day === 'string'
        ? (entry as { day: string }).day.slice(0, 10)
        : undefined;
    if ('problem' in parsed) skipped.push({ index, day, reason: parsed.problem });
    else if (parsed.snapshot.tenantId !== tenantId.toLowerCase())
      skipped.push({ index, day, reason: 'for another tenant' });
    else if (days.has(parsed.snapshot.day))
      skipped.push({ index, day, reason: 'a second snapshot for this day' });
    else {
      days.add(parsed.snapshot.day);
      snapshots.push(parsed.snapshot);
    }
  });
  return { ok: true, snapshots, skipped };
}

export interface ImportOutcome {
  added: number;
  replaced: number;
  alreadyHad: number;
  skipped: SkippedEntry[];
}

export function planImport(local: readonly Snapshot[], check: Extract<ImportCheck, { ok: true }>) {
  const { merged, added, replaced, keptLocal } = mergeSnapshots(local, check.snapshots);
  const outcome: ImportOutcome = {
    added: added.length,
    replaced: replaced.length,
    alreadyHad: keptLocal.length,
    skipped: check.skipped,
  };
  return { merged, write: [...added, ...replaced], outcome };
}
