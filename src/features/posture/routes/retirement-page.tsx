import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { GraphErrorAlert } from '../../../components/graph-error-alert.tsx';
import { RateLimitNotice } from '../../../components/rate-limit-notice.tsx';
import { useReportsPacerWaiting } from '../../../lib/graph/reports-pacer-status.ts';
import { REPORT_ACCESS_HINT } from '../../../lib/graph/report-access-hint.ts';
import { isWaitingOnThrottle } from '../../../lib/graph/throttle-state.ts';
import { summarizeRetirement } from '../../../lib/posture/retirement-cohorts.ts';
import { useRegistrationScan } from '../../../lib/reports/registration-scan.ts';
import { CohortTiles } from '../components/cohort-tiles.tsx';
import { CohortUsersCard } from '../components/cohort-users-card.tsx';
import { RetirementCountdown } from '../components/retirement-countdown.tsx';
import { ScanProgress } from '../components/scan-progress.tsx';
import { UnrecognisedMethods } from '../components/unrecognised-methods.tsx';
import { cohortFrom } from '../lib/lens-params.ts';

/** Who loses their second factor when SMS and voice codes stop, and who is ready. */
export function RetirementPage() {
  const [searchParams] = useSearchParams();
  const cohort = cohortFrom(searchParams) ?? 'phoneDependent';
  const scan = useRegistrationScan();
  const pacerWaiting = useReportsPacerWaiting();
  const throttled = pacerWaiting || isWaitingOnThrottle(scan.query);
  const summary = useMemo(
    () => (scan.scanning ? undefined : summarizeRetirement(scan.rows)),
    [scan.scanning, scan.rows],
  );

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1">
          SMS and voice retirement
        </Typography>
        <Typography color="text.secondary">
          Microsoft stops sending SMS and voice codes on 1 February 2027. Each user of the registration report
          is in exactly one cohort, checked in the order: passkey-ready, phone plus a strong method, phone
          dependent, no phone. The password and Temporary Access Passes never count.
        </Typography>
      </div>
      <RetirementCountdown />
      <RateLimitNotice waiting={throttled} />
      {scan.query.isError ? (
        <GraphErrorAlert error={scan.query.error} accessHint={REPORT_ACCESS_HINT} onRetry={scan.retry} />
      ) : !summary ? (
        <ScanProgress rowsRead={scan.rows.length} pagesRead={scan.pagesRead} />
      ) : summary.total === 0 ? (
        <EmptyState title="No users in the registration report yet">
          The report lists users once Entra has refreshed it; new tenants can take a few hours.
        </EmptyState>
      ) : (
        <>
          <CohortTiles summary={summary} selected={cohort} />
          <UnrecognisedMethods methods={summary.unrecognised} counted="never counted as strong" />
          <CohortUsersCard cohort={cohort} summary={summary} />
        </>
      )}
    </Stack>
  );
}

export default RetirementPage;
