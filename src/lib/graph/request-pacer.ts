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

/** Where a pacer keeps its window between page loads: Graph keeps counting when the page reloads. */
export interface PacerStore {
  load(): number[];
  save(times: number[]): void;
}

function loaded(store: PacerStore | undefined): { at: number }[] {
  try {
    const times = store?.load() ?? [];
    return Array.isArray(times) ? times.filter((t) => typeof t === 'number').map((at) => ({ at })) : [];
  } catch {
    return [];
  }
}

// Timers fire a little late and the two clocks differ a little.
const SLACK_MS = 250;

export function createRequestPacer(
  limit: number,
  windowMs: number,
  now: () => number = Date.now,
  store?: PacerStore,
): RequestPacer {
  // When each request in the window was counted; moved to its answer's time once it has one.
  let sent: { at: number }[] = loaded(store);
  let held = 0;
  /** When the last held request should go: each in turn takes the slot that frees first. */
  const queueClearsAt = (t: number) => {
    const at = sent.map((s) => s.at).sort((a, b) => a - b);
    let last = t;
    for (let k = 0; k < held; k++) {
      last = Math.max(t, at.length >= limit ? at[at.length - limit]! + windowMs : t);
      at.push(last);
    }
    return last + SLACK_MS;
  };
  const save = () => store?.save(sent.map((s) => s.at));
  return {
    async acquire(signal, onWait) {
      let holding = false;
      try {
        for (;;) {
          signal?.throwIfAborted();
          const t = now();
          sent = sent.filter((slot) => slot.at > t - windowMs);
          if (sent.length < limit) {
            const slot = { at: t };
            sent.push(slot);
            save();
            return () => {
              slot.at = Math.max(slot.at, now());
              save();
            };
          }
          if (!holding) {
            holding = true;
            held++;
          }
          onWait?.(true, queueClearsAt(t));
          const oldest = Math.min(...sent.map((s) => s.at));
          await pause(oldest + windowMs - t + SLACK_MS, signal);
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

/** A pacer's window in this tab's session storage: timestamps only, so a reload waits as long as Graph would. */
export function sessionPacerStore(key: string): PacerStore {
  return {
    load: () => JSON.parse(sessionStorage.getItem(key) ?? '[]') as number[],
    save: (times) => {
      try {
        sessionStorage.setItem(key, JSON.stringify(times));
      } catch {
        // Storage full or blocked: the pacer still works for this page load.
      }
    },
  };
}

/** Graph's identity and access reports allow 5 requests per 10 seconds per app (docs/graph-notes.md §8.3). */
export const REPORTS_LIMIT = { limit: 5, windowMs: 10_000 } as const;

export function isReportsRequest(url: string): boolean {
  return /\/(v1\.0|beta)\/reports\//.test(url);
}

/** Report requests inside a JSON batch: each counts against Graph's limit on its own (docs/graph-notes.md §7). */
export function reportsInBatch(url: string, body: unknown): number {
  if (!/\/\$batch$/.test(url)) return 0;
  const requests = (body as { requests?: { url?: unknown }[] } | undefined)?.requests ?? [];
  return requests.filter((r) => typeof r.url === 'string' && /^\/?reports\//.test(r.url)).length;
}

/**
 * Per-user method reads while scanning a cohort. Graph counts them against the directory's resource units
 * (3,500 to 8,000 per 10 s per app and tenant, one unit each; docs/graph-notes.md §8.3): a scan takes at most
 * 200 per 10 s, well inside the smallest quota, leaving the rest to the app's other pages.
 */
export const METHOD_SCAN_LIMIT = { limit: 200, windowMs: 10_000 } as const;
