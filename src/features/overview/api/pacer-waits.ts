import { useSyncExternalStore } from 'react';

/**
 * How many of the Overview's report requests the client's pacer is holding back right now (5 report
 * calls per 10 s): the page says "waiting for Graph's rate limit" instead of looking stuck.
 */
let held = 0;
const listeners = new Set<() => void>();

export function reportPacerWait(waiting: boolean): void {
  held = Math.max(0, held + (waiting ? 1 : -1));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePacerWaiting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => held > 0,
    () => false,
  );
}
