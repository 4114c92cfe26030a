import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useNow } from '../../../lib/use-now.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { formatCount, formatDuration } from '../../../lib/format.ts';
import { scanEtaSeconds, scanProgress, type ScanState } from '../api/scan-store.ts';
import { cohortLabel } from '../lib/cohort.ts';

/** Users scanned out of the cohort, time left, and anything that went wrong: read from the scan store. */
export function HygieneScanProgress({ scan }: { scan: ScanState }) {
  const now = useNow(scan.status === 'listing' || scan.status === 'scanning');
  if (scan.status === 'idle' || !scan.cohort) return null;
  const { done, total } = scanProgress(scan);
  const eta = scanEtaSeconds(scan, now);
  const label = `${cohortLabel(scan.cohort)}: ${formatCount(done)} of ${formatCount(total)} users scanned`;
  return (
    <Box data-testid="scan-progress" data-done={done} data-total={total} data-status={scan.status}>
      {scan.status === 'listing' ? (
        <>
          <Typography variant="body2">Listing the cohort’s users…</Typography>
          <LinearProgress aria-label="Listing the cohort’s users" sx={{ mt: 1 }} />
        </>
      ) : (
        <>
          <Typography variant="body2" role="status">
            {label}
            {scan.status === 'scanning' && eta !== undefined && ` · about ${formatDuration(eta)} left`}
            {scan.status === 'done' && ' · done'}
            {scan.status === 'cancelled' && ' · cancelled'}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={total ? (done / total) * 100 : 100}
            aria-label={label}
            sx={{ mt: 1, height: 8, borderRadius: 4, '& .MuiLinearProgress-bar': { transition: 'none' } }}
          />
        </>
      )}
      {scan.pacing && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          Pausing to stay under Microsoft Graph’s rate limit…
        </Typography>
      )}
      {scan.source === 'directoryRoles' && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          Admins taken from directory role memberships: your roles cannot read the registration report.
        </Typography>
      )}
      {scan.failed.length > 0 && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {formatCount(scan.failed.length)} user(s) could not be read and are left out of the findings (first:{' '}
          {scan.failed[0]?.user.userPrincipalName}, {scan.failed[0]?.error.code}
          {scan.failed[0]?.error.requestId && `, request-id ${scan.failed[0].error.requestId}`}).
        </Alert>
      )}
      {scan.status === 'failed' && (
        <Box sx={{ mt: 1 }}>
          <GraphErrorAlert
            error={scan.error}
            accessHint="Scanning needs a role that reads other users’ methods: Global Reader, Authentication Administrator or Privileged Authentication Administrator."
          />
        </Box>
      )}
    </Box>
  );
}
