import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ExclusionControls } from '../../../components/exclusion-controls.tsx';
import { ExclusionNote } from '../../../components/exclusion-note.tsx';
import { GraphErrorAlert } from '../../../components/graph-error-alert.tsx';
import { REPORT_ACCESS_HINT } from '../../../lib/graph/report-access-hint.ts';
import {
  RETIREMENT_COHORT_LABELS,
  RETIREMENT_COHORTS,
  summarizeRetirement,
} from '../../../lib/posture/retirement-cohorts.ts';
import { useRegistrationScan } from '../../../lib/reports/registration-scan.ts';
import { useExclusionScope } from '../../../lib/scope/use-exclusion-scope.ts';
import { CohortTiles } from '../components/cohort-tiles.tsx';
import { CohortUsersCard } from '../components/cohort-users-card.tsx';
import { LensHistoryCard } from '../components/lens-history-card.tsx';
import { RetirementCountdown } from '../components/retirement-countdown.tsx';
import { ScanProgress } from '../components/scan-progress.tsx';
import { UnrecognisedMethods } from '../components/unrecognised-methods.tsx';
import { cohortFrom } from '../lib/lens-params.ts';
import { useRecordSection } from '../lib/use-record-section.ts';
import { PageHeader } from '../../../components/page-header.tsx';

// Cohorts only: the tenant's total would flatten them against the axis.
const TREND_SERIES = RETIREMENT_COHORTS.map((key) => ({ key, label: RETIREMENT_COHORT_LABELS[key] }));

/** Who loses their second factor when SMS and voice codes stop, and who is ready. */
export function RetirementPage() {
  const [searchParams] = useSearchParams();
  const cohort = cohortFrom(searchParams) ?? 'phoneDependent';
  const scan = useRegistrationScan();
  const scope = useExclusionScope();
  const { isExcludedRow, disabled } = scope;
  const summary = useMemo(
    () => (scan.scanning || !isExcludedRow ? undefined : summarizeRetirement(scan.rows, isExcludedRow)),
    [scan.scanning, scan.rows, isExcludedRow],
  );
  // The same numbers as `retirementFigures`, from the summary already counted.
  const figures = useMemo(() => summary && { total: summary.total, ...summary.counts }, [summary]);
  useRecordSection('retirement', scan.settled ? figures : undefined, scope.exclusions);
  const note = <ExclusionNote lines={scope.lines} />;

  return (
    <Stack spacing={3}>
      <PageHeader
        title="SMS and voice retirement"
        actions={<ExclusionControls exclusions={scope.exclusions} onChange={scope.setExclusions} />}
      >
        <Typography color="text.secondary">
          Microsoft stops sending SMS and voice codes on 1 February 2027. Each user of the registration report
          is in exactly one cohort, checked in the order: passkey-ready, phone plus a strong method, phone
          dependent, no phone. The password and Temporary Access Passes never count.
        </Typography>
      </PageHeader>
      <RetirementCountdown />
      {scan.query.isError ? (
        <GraphErrorAlert error={scan.query.error} accessHint={REPORT_ACCESS_HINT} onRetry={scan.retry} />
      ) : disabled.isError ? (
        <GraphErrorAlert error={disabled.error} onRetry={() => void disabled.refetch()} />
      ) : !summary ? (
        <ScanProgress rowsRead={scan.rowsRead} pagesRead={scan.pagesRead} />
      ) : summary.total === 0 ? (
        <EmptyState title="No users in the registration report yet">
          The report lists users once Entra has refreshed it; new tenants can take a few hours.
        </EmptyState>
      ) : (
        <>
          <div>
            {note}
            <CohortTiles summary={summary} selected={cohort} />
          </div>
          <UnrecognisedMethods methods={summary.unrecognised} counted="never counted as strong" />
          <CohortUsersCard cohort={cohort} summary={summary} note={note} />
        </>
      )}
      <LensHistoryCard
        title="Cohorts over time"
        section="retirement"
        series={TREND_SERIES}
        what="the number of users in each retirement cohort"
      />
    </Stack>
  );
}

export default RetirementPage;
