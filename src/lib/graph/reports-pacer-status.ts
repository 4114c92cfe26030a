import { useSyncExternalStore } from 'react';

/**
 * How many report requests the client's pacer holds back right now, whoever sent them: a page can say
 * "waiting for Graph's rate limit" instead of looking stuck.
 */
let held = 0;
const listeners = new Set<() => void>();

export function noteReportsPacerWait(waiting: boolean): void {
  held = Math.max(0, held + (waiting ? 1 : -1));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReportsPacerWaiting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => held > 0,
    () => false,
  );
}
