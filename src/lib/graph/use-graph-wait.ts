import { useIsFetching } from '@tanstack/react-query';
import { GraphError } from './graph-error.ts';
import { useReportsPacerWait } from './reports-pacer-status.ts';

/** A query that is fetching again after Graph answered 429: it is waiting out the rate limit. */
export function isWaitingOnThrottle(query: { failureReason: unknown; fetchStatus: string }): boolean {
  return (
    query.fetchStatus === 'fetching' &&
    query.failureReason instanceof GraphError &&
    query.failureReason.status === 429
  );
}

export interface GraphWait {
  waiting: boolean;
  /** When the reports pacer expects to let its last held request go (epoch ms); unknown after a 429. */
  clearsAt: number | undefined;
}

/**
 * Whether the app is waiting for Graph right now: the reports pacer holds a request back (and says until
 * when), or a query retries after Graph answered 429 (Graph does not say how long to scripts,
 * docs/graph-notes.md §8.4). The one question the shell's waiting line asks.
 */
export function useGraphWait(): GraphWait {
  const pacer = useReportsPacerWait();
  const throttled =
    useIsFetching({
      predicate: (query) =>
        isWaitingOnThrottle({
          fetchStatus: query.state.fetchStatus,
          failureReason: query.state.fetchFailureReason,
        }),
    }) > 0;
  return { waiting: pacer.waiting || throttled, clearsAt: pacer.waiting ? pacer.clearsAt : undefined };
}
