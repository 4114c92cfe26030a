import { GraphError } from './graph-error.ts';

/** A query that is fetching again after Graph answered 429: it is waiting out the rate limit. */
export function isWaitingOnThrottle(query: { failureReason: unknown; fetchStatus: string }): boolean {
  return (
    query.fetchStatus === 'fetching' &&
    query.failureReason instanceof GraphError &&
    query.failureReason.status === 429
  );
}
