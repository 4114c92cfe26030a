/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts: the one pause every wait on Graph uses
 * (Retry-After, backoff, a long-running operation's next poll), so a cancelled page stops waiting at once.
 */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
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
}
