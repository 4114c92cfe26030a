import { QueryClient } from '@tanstack/react-query';
import { GraphError } from '../lib/graph/graph-error.ts';
import { backoffMs, retryAfterOr } from '../lib/graph/retry-policy.ts';

/** Retry only what can get better by waiting: network failures, throttling and server errors. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  if (error.status === 429) return failureCount < 5;
  const transient = error.status === 0 || error.status >= 500;
  return transient && failureCount < 2;
}

/**
 * Honour Retry-After when the browser may read it; Graph usually hides it from scripts
 * (docs/graph-notes.md §8.4), so fall back to exponential backoff with jitter.
 */
export function retryDelay(failureCount: number, error: unknown): number {
  const base = backoffMs(failureCount);
  return retryAfterOr(error, base / 2 + Math.random() * (base / 2));
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, retry: shouldRetry, retryDelay, refetchOnWindowFocus: true },
      // Writes are never retried automatically: a repeated POST could create twice.
      mutations: { retry: false },
    },
  });
}
