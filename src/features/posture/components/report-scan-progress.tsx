import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatCount } from '../../../lib/format.ts';

/**
 * While the whole-tenant scan runs: how far it got, so a large tenant does not look stuck. `instead` replaces
 * the line once the scan is done and the page waits on something else (the policy's groups).
 */
export function ReportScanProgress({
  rowsRead,
  pagesRead,
  instead,
}: {
  rowsRead: number;
  pagesRead: number;
  instead?: string;
}) {
  return (
    <Stack spacing={1} role="status" data-testid="scan-progress">
      <Typography variant="body2" color="text.secondary">
        {instead ??
          (rowsRead > 0
            ? `Reading the registration report… ${formatCount(rowsRead)} users in ${formatCount(pagesRead)} ${pagesRead === 1 ? 'page' : 'pages'} so far.`
            : 'Reading the registration report…')}
      </Typography>
      <LinearProgress aria-label={instead ?? 'Reading the registration report'} />
      <Skeleton variant="rounded" height={160} aria-hidden />
    </Stack>
  );
}
