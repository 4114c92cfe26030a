import { useIsFetching } from '@tanstack/react-query';
import { RateLimitNotice } from '../../components/rate-limit-notice.tsx';
import { useReportsPacerWait } from '../../lib/graph/reports-pacer-status.ts';
import { isWaitingOnThrottle } from '../../lib/graph/throttle-state.ts';

/**
 * Whatever page is open: a line that says when its Graph requests wait, held by the app's reports pacer (with
 * how long) or retrying after Graph answered 429 (Graph does not say how long to scripts, docs/graph-notes.md
 * §8.4). One place for every page, so no page sits blank without a word.
 */
export function GraphWaitLine() {
  const pacer = useReportsPacerWait();
  const throttled =
    useIsFetching({
      predicate: (query) =>
        isWaitingOnThrottle({
          fetchStatus: query.state.fetchStatus,
          failureReason: query.state.fetchFailureReason,
        }),
    }) > 0;
  return (
    <RateLimitNotice
      waiting={pacer.waiting || throttled}
      clearsAt={pacer.waiting ? pacer.clearsAt : undefined}
    />
  );
}
