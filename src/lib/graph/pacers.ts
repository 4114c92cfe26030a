import { createRequestPacer, type RequestPacer } from './request-pacer.ts';
import { sharedPacerStore } from './shared-pacer-store.ts';

/**
 * The app's named pacers: the one place that says which Graph limits the app keeps itself under. A request
 * chooses one with the client's `pacer` option; report reads always go through `reports`, whoever sends them.
 */
export type PacerName = 'reports' | 'methodScan';

/** Graph's identity and access reports allow 5 requests per 10 seconds per app (docs/graph-notes.md §8.3). */
export const REPORTS_LIMIT = { limit: 5, windowMs: 10_000 } as const;

/**
 * Per-user method reads while scanning a cohort. Graph counts them against the directory's resource units
 * (3,500 to 8,000 per 10 s per app and tenant, one unit each; docs/graph-notes.md §8.3): a scan takes at most
 * 200 per 10 s, well inside the smallest quota, leaving the rest to the app's other pages.
 */
export const METHOD_SCAN_LIMIT = { limit: 200, windowMs: 10_000 } as const;

const paced = (name: PacerName, { limit, windowMs }: { limit: number; windowMs: number }) =>
  createRequestPacer(limit, windowMs, Date.now, sharedPacerStore(`graph-pacer:${name}`));

/** Each pacer is shared by every caller in this tab and, through its store, by the app's other tabs. */
const PACERS: Record<PacerName, RequestPacer> = {
  reports: paced('reports', REPORTS_LIMIT),
  methodScan: paced('methodScan', METHOD_SCAN_LIMIT),
};

export const pacerNamed = (name: PacerName): RequestPacer => PACERS[name];

export function isReportsRequest(url: string): boolean {
  return /\/(v1\.0|beta)\/reports\//.test(url);
}

const batchRequests = (url: string, body: unknown) =>
  /\/\$batch$/.test(url)
    ? ((body as { requests?: { url?: unknown }[] } | undefined)?.requests ?? [])
    : undefined;

/** Report requests inside a JSON batch: each counts against Graph's limit on its own (docs/graph-notes.md §7). */
export function reportsInBatch(url: string, body: unknown): number {
  return (batchRequests(url, body) ?? []).filter(
    (r) => typeof r.url === 'string' && /^\/?reports\//.test(r.url),
  ).length;
}

/**
 * The slots a request takes, per pacer: report reads in `reports` always; the chosen pacer once per request,
 * or once per inner request of a batch (Graph counts each on its own).
 */
export function slotsOf(url: string, body: unknown, chosen: PacerName | undefined): [PacerName, number][] {
  const reports = isReportsRequest(url) ? 1 : reportsInBatch(url, body);
  const slots: [PacerName, number][] = reports > 0 ? [['reports', reports]] : [];
  if (chosen && !(chosen === 'reports' && reports > 0))
    slots.push([chosen, batchRequests(url, body)?.length ?? 1]);
  return slots;
}
