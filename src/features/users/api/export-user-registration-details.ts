import { GraphError } from '../../../lib/graph/graph-error.ts';
import type { RegistrationDetailsPage } from '../../../lib/graph/query-keys.ts';
import { registrationCsvHeader, registrationRowsToCsv } from '../lib/registration-csv.ts';
import { listUserRegistrationDetails } from './user-registration-details.ts';

export interface ExportProgress {
  rows: number;
  pages: number;
  /** True while the reports pacer holds the next request back (5 requests per 10 s). */
  waitingForRateLimit: boolean;
}

// Graph's largest page for this report; fewer pages spend less of the reports budget.
export const EXPORT_PAGE_SIZE = 999;
const MAX_ATTEMPTS = 5;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

const transient = (error: unknown) =>
  error instanceof GraphError && (error.status === 429 || error.status === 0 || error.status >= 500);

/**
 * Streams the filtered report into CSV chunks, page by page through nextLinks, and returns them as one
 * Blob. Throttling and server hiccups are retried with backoff (Graph hides Retry-After from scripts).
 */
export async function exportUserRegistrationDetails(
  query: Pick<RegistrationDetailsPage, 'filter' | 'orderBy'>,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
): Promise<Blob> {
  // The BOM tells Excel the file is UTF-8, so non-Latin names survive.
  const chunks: string[] = ['\uFEFF', registrationCsvHeader()];
  const progress: ExportProgress = { rows: 0, pages: 0, waitingForRateLimit: false };
  const report = (change: Partial<ExportProgress>) => {
    Object.assign(progress, change);
    onProgress({ ...progress });
  };
  let pageLink: string | undefined;
  do {
    const page = { ...query, top: EXPORT_PAGE_SIZE, pageLink };
    for (let attempt = 1; ; attempt++) {
      try {
        const body = await listUserRegistrationDetails(page, {
          signal,
          onPacerWait: (waitingForRateLimit) => report({ waitingForRateLimit }),
        });
        chunks.push(registrationRowsToCsv(body.value));
        pageLink = body['@odata.nextLink'];
        report({ rows: progress.rows + body.value.length, pages: progress.pages + 1 });
        break;
      } catch (error) {
        if (signal.aborted || !transient(error) || attempt >= MAX_ATTEMPTS) throw error;
        const retryAfter = error instanceof GraphError ? error.retryAfterSeconds : undefined;
        report({ waitingForRateLimit: (error as GraphError).status === 429 });
        await sleep(retryAfter ? retryAfter * 1000 : Math.min(30_000, 1000 * 2 ** attempt), signal);
        report({ waitingForRateLimit: false });
      }
    }
  } while (pageLink);
  return new Blob(chunks, { type: 'text/csv;charset=utf-8' });
}
