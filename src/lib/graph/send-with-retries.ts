import { GraphError } from './graph-error.ts';
import { pause } from './pause.ts';
import { backoffMs, retryAfterOr } from './retry-policy.ts';
/** How long to wait before sending again, or undefined when waiting cannot help. */
export type WaitRule = (error: unknown, attempt: number) => number | undefined;

/** Graph answered 429, so it did nothing: wait for Retry-After, else back off from `firstMs`. */
export const throttledWait =
  (firstMs = 1000): WaitRule =>
  (error, attempt) =>
    error instanceof GraphError && error.status === 429
      ? retryAfterOr(error, backoffMs(attempt, firstMs))
      : undefined;

/**
 * The one retry loop: sends, and where `waitFor` says waiting can help (by default a 429), waits and sends
 * again, at most `retries` times. Only for requests Graph did nothing with, or reads: a write is never
 * repeated behind the operator's back. `onWait` hears each wait start (true) and end (false).
 */
export async function sendWithRetries<T>(
  send: () => Promise<T>,
  options: {
    retries: number;
    waitFor?: WaitRule;
    signal?: AbortSignal;
    onWait?: (waiting: boolean, error: unknown) => void;
    /** The pause; a test may pass one that does not wait. */
    wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  },
): Promise<T> {
  const waitFor = options.waitFor ?? throttledWait();
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const ms = options.signal?.aborted || attempt >= options.retries ? undefined : waitFor(error, attempt);
      if (ms === undefined) throw error;
      options.onWait?.(true, error);
      await (options.wait ?? pause)(ms, options.signal);
      options.onWait?.(false, error);
    }
  }
}
