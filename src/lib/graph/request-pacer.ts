import { pause } from './pause.ts';
/**
 * Keeps a class of requests under a sliding-window limit by waiting before sending, so the app paces
 * itself instead of bouncing off Graph's 429s (every refused request still counts against the limit).
 */
export interface RequestPacer {
  /**
   * Resolves when the request may go. `onWait` hears true when the pacer holds it back, with when every
   * request held so far should have gone (epoch ms), and false when it lets it go. Call the returned `answered` when the response arrives: Graph counted the request on
   * arrival, somewhere between sending and answering, so the slot is dated by the later of the two.
   */
  acquire(signal?: AbortSignal, onWait?: (waiting: boolean, clearsAt?: number) => void): Promise<() => void>;
}

/** Where a pacer keeps its window: Graph keeps counting when the page reloads, and across the app's tabs. */
export interface PacerStore {
  load(): number[];
  /** Never throws: a store that cannot keep the window keeps it in memory. */
  save(times: number[]): void;
  /**
   * Runs a read-decide-save of the window with no other holder of the store in between (another tab's pacer),
   * so two tabs never take the same last slot. Without it, `fn` runs at once.
   */
  exclusive?<T>(fn: () => T): Promise<T>;
}

function loaded(store: PacerStore): number[] {
  try {
    const times = store.load();
    return Array.isArray(times) ? times.filter((t) => typeof t === 'number') : [];
  } catch {
    return [];
  }
}

/** A window this page load alone keeps. */
export function memoryPacerStore(): PacerStore {
  let times: number[] = [];
  return { load: () => times, save: (next) => void (times = next) };
}

// Timers fire a little late and the two clocks differ a little.
const SLACK_MS = 250;

export function createRequestPacer(
  limit: number,
  windowMs: number,
  now: () => number = Date.now,
  store: PacerStore,
): RequestPacer {
  let held = 0;
  const exclusive = <T>(fn: () => T): Promise<T> =>
    store.exclusive ? store.exclusive(fn) : new Promise<T>((resolve) => resolve(fn()));
  /** When the last held request should go: each in turn takes the slot that frees first. */
  const queueClearsAt = (t: number, window: number[]) => {
    const at = [...window].sort((a, b) => a - b);
    let last = t;
    for (let k = 0; k < held; k++) {
      last = Math.max(t, at.length >= limit ? at[at.length - limit]! + windowMs : t);
      at.push(last);
    }
    return last + SLACK_MS;
  };
  const save = (times: number[]) => store.save(times);
  /** Takes a slot at `t` if the window has one; else the window as it stands. */
  const take = (t: number): { slot: number } | { window: number[] } => {
    const window = loaded(store).filter((at) => at > t - windowMs);
    if (window.length < limit) {
      save([...window, t]);
      return { slot: t };
    }
    save(window);
    return { window };
  };
  /** Moves a slot to when its answer came (the first slot with that time: any of equal times will do). */
  const redate = (slot: number) => {
    const times = loaded(store);
    const i = times.indexOf(slot);
    if (i >= 0) times[i] = Math.max(slot, now());
    save(times);
  };
  return {
    async acquire(signal, onWait) {
      let holding = false;
      try {
        for (;;) {
          signal?.throwIfAborted();
          const t = now();
          const taken = await exclusive(() => take(t));
          if ('slot' in taken) return () => void exclusive(() => redate(taken.slot));
          if (!holding) {
            holding = true;
            held++;
          }
          onWait?.(true, queueClearsAt(t, taken.window));
          await pause(Math.min(...taken.window) + windowMs - t + SLACK_MS, signal);
        }
      } finally {
        if (holding) {
          held--;
          onWait?.(false);
        }
      }
    },
  };
}
