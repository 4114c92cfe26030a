import type { PacerStore } from './request-pacer.ts';

/**
 * A pacer's window shared by every tab of the app in this browser: Graph's limits are per app and tenant, not
 * per tab, so two tabs exporting at once must take turns. The times sit in local storage (request times only:
 * nothing of MSAL's or Graph's), and each read-decide-save holds a Web Lock of the same name, so two tabs never
 * take the same last slot. Where storage is blocked the window is this page's alone; where the browser has no
 * Web Locks, each decision still reads the latest window.
 */
export function sharedPacerStore(key: string): PacerStore {
  let own: number[] = [];
  // Read inside try: where there is no local storage at all, reading it throws too.
  // eslint-disable-next-line no-restricted-globals -- request times, the one window every tab must share
  const storage = () => localStorage;
  const locks = globalThis.navigator?.locks;
  return {
    load: () => {
      try {
        const stored = storage().getItem(key);
        return stored ? (JSON.parse(stored) as number[]) : own;
      } catch {
        return own;
      }
    },
    save: (times) => {
      own = times;
      try {
        storage().setItem(key, JSON.stringify(times));
      } catch {
        // Full or blocked: this page keeps its own window.
      }
    },
    exclusive: locks ? <T>(fn: () => T) => locks.request(key, () => fn()) as Promise<T> : undefined,
  };
}
