import type { ReactNode } from 'react';
import type { useRegistrationScan } from '../../../domain/reports/registration-scan.ts';
import type { useExclusionScope } from '../../../domain/scope/use-exclusion-scope.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { REPORT_ACCESS_HINT } from '../../../lib/graph/report-access-hint.ts';
import { ReportScanProgress } from './report-scan-progress.tsx';

/**
 * What a lens shows before its figures: the report's failure, the disabled accounts' failure (an exclusion
 * needs them), or the scan's progress (`instead` when the scan is done but the lens still reads something of
 * its own); the figures once `ready`.
 */
export function LensScanState({
  scan,
  disabled,
  ready,
  instead,
  children,
}: {
  scan: ReturnType<typeof useRegistrationScan>;
  disabled: ReturnType<typeof useExclusionScope>['disabled'];
  ready: boolean;
  instead?: string;
  children: ReactNode;
}) {
  if (scan.query.isError)
    return <GraphErrorAlert error={scan.query.error} accessHint={REPORT_ACCESS_HINT} onRetry={scan.retry} />;
  if (disabled.isError)
    return <GraphErrorAlert error={disabled.error} onRetry={() => void disabled.refetch()} />;
  if (!ready)
    return <ReportScanProgress rowsRead={scan.rowsRead} pagesRead={scan.pagesRead} instead={instead} />;
  return children;
}
