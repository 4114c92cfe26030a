import { GraphError } from '../../../lib/graph/graph-error.ts';
import {
  browserFilter,
  filterLogicRefused,
  isFilterLogicRefusal,
  needsFilterLogic,
  serverFilters,
  type FilterableRow,
} from '../../../domain/reports/registration-filter-fallback.ts';
import type { RegistrationFilters } from '../../../domain/reports/registration-filters.ts';
import type { RegistrationDetailsPage } from '../../../lib/graph/query-keys.ts';
import { REPORTS_LIMIT } from '../../../lib/graph/pacers.ts';
import { exportEtaMs } from '../lib/export-eta.ts';
import { registrationCsvHeader, registrationRowsToCsv } from '../lib/registration-csv.ts';
import { listUserRegistrationDetails } from './user-registration-details.ts';
import { backoffMs, retryAfterOr } from '../../../lib/graph/retry-policy.ts';
import { sendWithRetries, type WaitRule } from '../../../lib/graph/send-with-retries.ts';

export interface ExportProgress {
  rows: number;
  pages: number;
  /** True while the reports pacer holds the next request back (5 requests per 10 s). */
  waitingForRateLimit: boolean;
  /** Rows the export should hold, once the summary has said (see export-eta.ts). */
  expectedRows?: number;
  /** Milliseconds left, when the row total is known. */
  etaMs?: number;
}

/** The list's query; with its filters, the search and strength class can be applied here if Graph refuses them. */
export type ExportQuery = Pick<RegistrationDetailsPage, 'filter' | 'orderBy'> & {
  filters?: RegistrationFilters;
};

export interface ExportOptions {
  signal: AbortSignal;
  onProgress: (progress: ExportProgress) => void;
  /** Rows the export is expected to hold, for the ETA; may arrive after the export started. */
  expectedRows?: () => number | undefined;
}

// Graph's largest page for this report; fewer pages spend less of the reports budget.
export const EXPORT_PAGE_SIZE = 999;
const MAX_ATTEMPTS = 5;

/** Throttling, a lost connection or a server hiccup: waiting may help (Graph hides Retry-After from scripts). */
const transientWait: WaitRule = (error, attempt) =>
  error instanceof GraphError && (error.status === 429 || error.status === 0 || error.status >= 500)
    ? retryAfterOr(error, backoffMs(attempt, 2000))
    : undefined;

/**
 * Streams the filtered report page by page through nextLinks into a CSV file. Each page becomes a Blob
 * as soon as it arrives, so the JS heap holds one page at a time, never the tenant: the browser keeps
 * the Blobs' bytes outside it and the final Blob only references them. Throttling and server hiccups
 * are retried with backoff (Graph hides Retry-After from scripts).
 */
export async function exportUserRegistrationDetails(
  { filters, ...graphQuery }: ExportQuery,
  { signal, onProgress, expectedRows }: ExportOptions,
): Promise<Blob> {
  // Where Graph refuses `or` / `not` (registration-filter-fallback.ts), it answers one read per side of the search
  // for the rest, and this filters each page and skips a user the other read already gave.
  let queries = [graphQuery];
  let keep: ((row: FilterableRow & { id?: string | null }) => boolean) | undefined;
  const filterHere = () => {
    queries = serverFilters(filters!).map((filter) => ({ ...graphQuery, filter }));
    const matches = browserFilter(filters!);
    const written = new Set<string>();
    keep = (row) => matches(row) && !written.has(row.id ?? '') && Boolean(written.add(row.id ?? ''));
  };
  if (filters && filterLogicRefused() && needsFilterLogic(filters)) filterHere();
  // The BOM tells Excel the file is UTF-8, so non-Latin names survive.
  const parts: Blob[] = [new Blob(['\uFEFF', registrationCsvHeader()])];
  const started = Date.now();
  const progress: ExportProgress = { rows: 0, pages: 0, waitingForRateLimit: false };
  const report = (change: Partial<ExportProgress>) => {
    Object.assign(progress, change);
    progress.expectedRows = expectedRows?.();
    progress.etaMs = exportEtaMs({
      rowsDone: progress.rows,
      pagesDone: progress.pages,
      elapsedMs: Date.now() - started,
      expectedRows: progress.expectedRows,
      pageSize: EXPORT_PAGE_SIZE,
      ...REPORTS_LIMIT,
    });
    onProgress({ ...progress });
  };
  let pageLink: string | undefined;
  let read = 0;
  do {
    // Cancel stops between pages too, not only inside a request.
    signal.throwIfAborted();
    const readPage = () =>
      listUserRegistrationDetails(
        { ...queries[read]!, top: EXPORT_PAGE_SIZE, pageLink },
        { signal, onPacerWait: (waitingForRateLimit) => report({ waitingForRateLimit }) },
      );
    const body = await sendWithRetries(
      async () => {
        try {
          return await readPage();
        } catch (error) {
          if (keep || pageLink || !filters || !isFilterLogicRefusal(error, filters)) throw error;
          filterHere();
          return readPage();
        }
      },
      {
        retries: MAX_ATTEMPTS - 1,
        waitFor: transientWait,
        signal,
        onWait: (waiting, error) =>
          report({ waitingForRateLimit: waiting && (error as GraphError).status === 429 }),
      },
    );
    const rows = keep ? body.value.filter(keep) : body.value;
    parts.push(new Blob([registrationRowsToCsv(rows)]));
    pageLink = body['@odata.nextLink'];
    if (!pageLink) read++;
    report({ rows: progress.rows + rows.length, pages: progress.pages + 1 });
  } while (pageLink || read < queries.length);
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
