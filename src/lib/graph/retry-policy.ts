import { GraphError } from './graph-error.ts';

/** No wait on Graph is longer than this: past it, a person would rather be told and retry. */
const MAX_BACKOFF_MS = 30_000;

/**
 * The one backoff rule: `firstMs` doubled per attempt (attempt 0 waits `firstMs`), at most 30 s. Callers choose
 * `firstMs` by what the wait is for (a page read, a write, a group still replicating).
 */
export const backoffMs = (attempt: number, firstMs = 1000) =>
  Math.min(MAX_BACKOFF_MS, firstMs * 2 ** attempt);

/**
 * Graph's Retry-After when the browser may read it (Graph usually hides it from scripts: docs/graph-notes.md
 * §8.4), else the fallback.
 */
export const retryAfterOr = (error: unknown, fallbackMs: number) =>
  error instanceof GraphError && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : fallbackMs;
