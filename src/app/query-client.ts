import { QueryClient } from '@tanstack/react-query';
import { GraphError } from '../lib/graph/graph-error.ts';

/** Retry only what can get better by waiting: network failures, throttling and server errors. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  const transient = error.status === 0 || error.status === 429 || error.status >= 500;
  return transient && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, retry: shouldRetry, refetchOnWindowFocus: true },
      // Writes are never retried automatically: a repeated POST could create twice.
      mutations: { retry: false },
    },
  });
}
