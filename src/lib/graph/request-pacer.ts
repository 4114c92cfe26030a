/**
 * Keeps a class of requests under a sliding-window limit by waiting before sending, so the app paces
 * itself instead of bouncing off Graph's 429s (every refused request still counts against the limit).
 */
export interface RequestPacer {
  /** `onWait` hears true when the pacer holds the request back and false when it lets it go. */
  acquire(signal?: AbortSignal, onWait?: (waiting: boolean) => void): Promise<void>;
}

export function createRequestPacer(
  limit: number,
  windowMs: number,
  now: () => number = Date.now,
): RequestPacer {
  const sent: number[] = [];
  const wait = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  return {
    async acquire(signal, onWait) {
      let held = false;
      try {
        for (;;) {
          signal?.throwIfAborted();
          const t = now();
          while (sent.length && (sent[0] as number) <= t - windowMs) sent.shift();
          if (sent.length < limit) {
            sent.push(t);
            return;
          }
          if (!held) onWait?.((held = true));
          // Slack: the server counts a request when it arrives, a little after we counted it here.
          await wait((sent[0] as number) + windowMs - t + 250, signal);
        }
      } finally {
        if (held) onWait?.(false);
      }
    },
  };
}

/** Graph's identity and access reports allow 5 requests per 10 seconds per app (graph-contract.md §8.3). */
export const REPORTS_LIMIT = { limit: 5, windowMs: 10_000 } as const;

export function isReportsRequest(url: string): boolean {
  return /\/(v1\.0|beta)\/reports\//.test(url);
}

/** Report requests inside a JSON batch: each counts against Graph's limit on its own (graph-contract.md §7). */
export function reportsInBatch(url: string, body: unknown): number {
  if (!/\/\$batch$/.test(url)) return 0;
  const requests = (body as { requests?: { url?: unknown }[] } | undefined)?.requests ?? [];
  return requests.filter((r) => typeof r.url === 'string' && /^\/?reports\//.test(r.url)).length;
}
