import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import {
  retiredFormOfError,
  retiredFormOfRows,
  type RetiredAnswer,
  type RetiredReport,
} from '../../../domain/reports/retired-reports.ts';

/**
 * Asks Graph for a retired report (its first page) and says which retired form the answer takes. Only this call
 * asks for Reports.Read.All. A failure that is not a retirement (an access problem, throttling) is thrown.
 */
export async function askRetiredReport(report: RetiredReport, signal: AbortSignal): Promise<RetiredAnswer> {
  try {
    const page = await graphGet<{ value?: Record<string, unknown>[] }>(report.path, {
      version: 'beta',
      scopes: SCOPES.legacyReports,
      signal,
    });
    return retiredFormOfRows(report, page.value ?? []);
  } catch (error) {
    const retired = retiredFormOfError(error);
    if (retired) return retired;
    throw error;
  }
}

export const retiredReportQuery = (report: RetiredReport) =>
  queryOptions({
    queryKey: graphKeys.retiredReport(report.name),
    queryFn: ({ signal }) => askRetiredReport(report, signal),
    staleTime: 15 * 60_000,
  });
