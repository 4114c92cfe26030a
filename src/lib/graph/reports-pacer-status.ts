import { useSyncExternalStore } from 'react';

/**
 * The report requests the client's pacer holds back right now, whoever sent them, and when the last of them
 * should go: the shell says "waiting for Graph's rate limit" and for how long, instead of a page looking stuck.
 */
export interface ReportsPacerWait {
  waiting: boolean;
  /** Epoch ms; undefined when nothing waits. */
  clearsAt: number | undefined;
}

const IDLE: ReportsPacerWait = { waiting: false, clearsAt: undefined };
let held = 0;
let state = IDLE;
const listeners = new Set<() => void>();

/**
 * `held`: a request is newly held (+1) or let go (-1), or 0 when only the estimate changes. `clearsAt`: the
 * pacer's latest estimate of when the last held request goes.
 */
export function noteReportsPacerWait(heldChange: -1 | 0 | 1, clearsAt?: number): void {
  held = Math.max(0, held + heldChange);
  const next = held === 0 ? IDLE : { waiting: true, clearsAt: clearsAt ?? state.clearsAt };
  if (next.waiting === state.waiting && next.clearsAt === state.clearsAt) return;
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReportsPacerWait(): ReportsPacerWait {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => IDLE,
  );
}
