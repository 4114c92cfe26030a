import { useSyncExternalStore } from 'react';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import type { CohortSpec } from '../lib/cohort.ts';
import type { ScannedUser } from '../lib/finding-types.ts';
import { listCohortMembers, type CohortMembers } from './cohort-members.ts';
import { scanChunk, SCAN_BATCH_SIZE, type ScanFailure } from './method-scan.ts';

export type ScanStatus = 'idle' | 'listing' | 'scanning' | 'done' | 'cancelled' | 'failed';

export interface ScanState {
  status: ScanStatus;
  cohort: CohortSpec | undefined;
  source: CohortMembers['source'] | undefined;
  total: number;
  scanned: ScannedUser[];
  failed: ScanFailure[];
  startedAt: number | undefined;
  finishedAt: number | undefined;
  /** The pacer is holding requests back to stay under Graph's limit. */
  pacing: boolean;
  error: unknown;
  /** When the store last changed: the findings' "now" (how old a last use is, whether a pass is valid). */
  updatedAt: number;
}

const IDLE: ScanState = {
  status: 'idle',
  cohort: undefined,
  source: undefined,
  total: 0,
  scanned: [],
  failed: [],
  startedAt: undefined,
  finishedAt: undefined,
  pacing: false,
  error: undefined,
  updatedAt: 0,
};

/**
 * The scan lives here, outside any component, so it keeps going while the agent opens a user's page and
 * is shown again on return. One scan at a time; starting another cancels the first.
 */
let state: ScanState = IDLE;
let controller: AbortController | undefined;
const listeners = new Set<() => void>();

function update(next: Partial<ScanState>): void {
  state = { ...state, ...next, updatedAt: Date.now() };
  for (const listener of listeners) listener();
}

export function getScanState(): ScanState {
  return state;
}

export function subscribeScan(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useScanState(): ScanState {
  return useSyncExternalStore(subscribeScan, getScanState, getScanState);
}

export function cancelScan(): void {
  controller?.abort(new DOMException('The scan was cancelled.', 'AbortError'));
}

export function startScan(cohort: CohortSpec): Promise<void> {
  cancelScan();
  const own = new AbortController();
  controller = own;
  const current = () => controller === own;
  update({ ...IDLE, status: 'listing', cohort, startedAt: Date.now() });
  return run(cohort, own.signal, current);
}

async function run(cohort: CohortSpec, signal: AbortSignal, current: () => boolean): Promise<void> {
  const onPacerWait = (pacing: boolean) => current() && update({ pacing });
  try {
    const members = await listCohortMembers(cohort, { signal });
    if (!current()) return;
    // The pace (and so the ETA) counts from the first method read, not from listing the cohort.
    update({
      status: 'scanning',
      source: members.source,
      total: members.users.length,
      startedAt: Date.now(),
    });
    for (let i = 0; i < members.users.length; i += SCAN_BATCH_SIZE) {
      // Cancel stops between chunks too, not only inside a request.
      signal.throwIfAborted();
      const chunk = await scanChunk(members.users.slice(i, i + SCAN_BATCH_SIZE), signal, onPacerWait);
      if (!current()) return;
      // Refused for everyone from the start: the operator's roles cannot read methods; say so once.
      const refused = chunk.failed[0]?.error;
      if (i === 0 && chunk.scanned.length === 0 && refused?.status === 403) throw refused;
      update({ scanned: [...state.scanned, ...chunk.scanned], failed: [...state.failed, ...chunk.failed] });
    }
    update({ status: 'done', finishedAt: Date.now(), pacing: false });
  } catch (error) {
    if (!current()) return;
    const cancelled = signal.aborted && !(error instanceof GraphError);
    update({
      status: cancelled ? 'cancelled' : 'failed',
      error: cancelled ? undefined : error,
      finishedAt: Date.now(),
      pacing: false,
    });
  }
}

/** Users read so far (scanned or failed) against the cohort's size. */
export function scanProgress(s: ScanState): { done: number; total: number } {
  return { done: s.scanned.length + s.failed.length, total: s.total };
}

/** Seconds left at the pace so far; undefined until there is a pace to go by. */
export function scanEtaSeconds(s: ScanState, now: number): number | undefined {
  const { done, total } = scanProgress(s);
  if (s.status !== 'scanning' || !s.startedAt || done === 0) return undefined;
  return Math.round((((now - s.startedAt) / done) * (total - done)) / 1000);
}

/** A removed method disappears from the findings without scanning again. */
export function forgetMethods(removed: ReadonlySet<string>): void {
  update({
    scanned: state.scanned.map((u) => ({
      ...u,
      methods: u.methods.filter((m) => !removed.has(`${u.id}/${m.id ?? ''}`)),
    })),
  });
}
