import { RateLimitNotice } from '../../components/rate-limit-notice.tsx';
import { useGraphWait } from '../../lib/graph/use-graph-wait.ts';

/**
 * Whatever page is open: a line that says when its Graph requests wait, held by the app's reports pacer (with
 * how long) or retrying after Graph answered 429. One place for every page, so no page sits blank without a
 * word.
 */
export function GraphWaitLine() {
  const wait = useGraphWait();
  return <RateLimitNotice waiting={wait.waiting} clearsAt={wait.clearsAt} />;
}
