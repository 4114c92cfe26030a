/**
 * How long a running export has left. Graph has no `$count` on the registration report, so the row
 * total is an estimate from the tenant's registration summary: exact for an unfiltered export, an upper
 * bound once other filters narrow it. Pages cannot come faster than the reports limit allows.
 */
export interface EtaInput {
  rowsDone: number;
  pagesDone: number;
  elapsedMs: number;
  expectedRows: number | undefined;
  pageSize: number;
  /** Graph's reports limit: `limit` requests per `windowMs`. */
  limit: number;
  windowMs: number;
}

/** Milliseconds left, or undefined while there is nothing to estimate from. */
export function exportEtaMs(input: EtaInput): number | undefined {
  const { rowsDone, pagesDone, elapsedMs, expectedRows, pageSize, limit, windowMs } = input;
  // More rows than expected means the estimate was wrong: say nothing rather than "0 s left".
  if (expectedRows === undefined || rowsDone > expectedRows) return undefined;
  const pagesLeft = Math.ceil((expectedRows - rowsDone) / pageSize);
  // Within the first window pages come in a burst, then wait for it: too lumpy to extrapolate. After
  // it, the observed pace shows whether Graph is slower than the throttle allows.
  const observed = pagesDone > limit ? elapsedMs / pagesDone : 0;
  return pagesLeft * Math.max(observed, windowMs / limit);
}

/** "about 1 min 20 s left" (or "at most ..." when the total is an upper bound). */
export function formatEta(ms: number, upperBound: boolean): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const span = minutes === 0 ? `${rest} s` : rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  return `${upperBound ? 'at most' : 'about'} ${span} left`;
}
