import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type {
  UserRegistrationFeatureSummary,
  UserRegistrationMethodSummary,
} from '@microsoft/microsoft-graph-types-beta';
import type { SummaryScope } from '../../../lib/graph/query-keys.ts';
import { useRegistrationScan, type RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { hasExclusions, isExcluded, type Exclusions } from '../../../domain/scope/exclusions.ts';
import { useDisabledUserIds } from '../../../domain/scope/disabled-users.ts';
import type { StrengthScanState } from '../components/strength-card.tsx';
import { rowsInView, summariesFromRows } from '../lib/excluded-figures.ts';
import { latestUpdateOfPages } from '../lib/latest-update.ts';
import { overviewSections } from '../lib/overview-snapshot.ts';
import type { ReportSource } from '../lib/report-source.ts';
import { summarizeStrength } from '../lib/strength-summary.ts';
import { usersRegisteredByFeatureQuery, usersRegisteredByMethodQuery } from './registration-summaries.ts';

const NO_IDS: ReadonlySet<string> = new Set();
const NO_ROWS: readonly RegistrationScanRow[] = [];

/**
 * Every figure of the Overview, from one place: the page only lays them out. The feature and method figures
 * (MFA capable and the rest) come from Graph's summaries, or, when the lead leaves accounts out (which the
 * summaries cannot), are counted from the registration report's rows; the strength groups always are.
 */
export function useOverviewFigures(scope: SummaryScope, exclusions: Exclusions) {
  const excluding = hasExclusions(exclusions);
  const features = useQuery(usersRegisteredByFeatureQuery(scope));
  const methods = useQuery(usersRegisteredByMethodQuery(scope));
  const { query: scan, rows, pages, rowsRead, scanning, settled: scanSettled, retry } = useRegistrationScan();
  const disabled = useDisabledUserIds(Boolean(exclusions.disabled));

  const disabledIds = exclusions.disabled ? disabled.data : NO_IDS;
  // Exclusions remove users from every figure, so the strength groups count the same rows as the tiles.
  const counted = useMemo(
    () => (disabledIds ? rows.filter((r) => !isExcluded(r, exclusions, disabledIds)) : NO_ROWS),
    [rows, exclusions, disabledIds],
  );
  const summary = useMemo(
    () => (scanning || !disabledIds ? undefined : summarizeStrength(excluding ? counted : rows)),
    [scanning, disabledIds, excluding, counted, rows],
  );
  const inView = useMemo(
    () => (scanning || !disabledIds ? undefined : rowsInView(rows, scope, exclusions, disabledIds)),
    [scanning, disabledIds, rows, scope, exclusions],
  );
  const derived = useMemo(
    () =>
      excluding && !scanning && disabledIds
        ? summariesFromRows(rowsInView(rows, scope, exclusions, disabledIds))
        : undefined,
    [excluding, scanning, disabledIds, rows, scope, exclusions],
  );
  const fromScan = <T>(data: T | undefined): ReportSource<T> => ({
    isPending: !data && !scan.isError && !disabled.isError,
    isError: scan.isError || disabled.isError,
    error: scan.error ?? disabled.error,
    data,
    refetch: () => (scan.isError ? scan.refetch() : disabled.refetch()),
  });
  const featureSource: ReportSource<UserRegistrationFeatureSummary> = excluding
    ? fromScan(derived?.features)
    : features;
  const methodSource: ReportSource<UserRegistrationMethodSummary> = excluding
    ? fromScan(derived?.methods)
    : methods;
  // The freshest row seen so far; the finished scan's answer once it is complete. Page by page: while a
  // large tenant is scanned, rereading every row on every page would be quadratic.
  const rowsLatestUpdate = useMemo(
    () => (summary ? undefined : latestUpdateOfPages(pages)),
    [summary, pages],
  );
  const strength: StrengthScanState = {
    summary,
    rowsRead,
    scanning: scanning || (!disabledIds && !disabled.isError),
    error: scan.isError ? scan.error : disabled.isError ? disabled.error : undefined,
    onRetry: () => (scan.isError ? retry() : void disabled.refetch()),
  };

  // Days compare like with like: only the whole tenant's figures (report scope "all") make a snapshot, and
  // only fresh ones (cached figures from an earlier day show while Graph is asked again).
  const wholeTenant = scope.userTypes === 'all' && scope.userRoles === 'all';
  const fresh = scanSettled && !features.isFetching && !methods.isFetching;
  const snapshotSections =
    wholeTenant && fresh && featureSource.data && methodSource.data && summary
      ? overviewSections(featureSource.data, methodSource.data, summary)
      : undefined;

  return {
    excluding,
    featureSource,
    methodSource,
    strength,
    latestUpdate: summary?.latestUpdate ?? rowsLatestUpdate,
    snapshotSections,
    /** Every row of the scan, for the lenses' sections of the snapshot; the rows left after exclusions. */
    rows,
    counted,
    /** The rows the page's scope and exclusions leave, once the scan is complete ("Registered and used"). */
    rowsInView: inView,
  };
}
