import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatCount, formatMoment } from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';
import { GraphErrorAlert } from '../session/graph-error-alert.tsx';
import {
  cancelSignInScan,
  DEFAULT_SIGN_IN_WINDOW,
  resumeSignInScan,
  SIGN_IN_WINDOWS,
  signInScanEtaSeconds,
  signInScanShare,
  startSignInScan,
  type SignInScanState,
} from './sign-in-scan.ts';

const ACCESS_HINT =
  'Reading the sign-in log needs the Reports Reader, Security Reader, Security Operator, Security Administrator or Global Reader role, Entra ID P1 or P2, and the AuditLog.Read.All and Directory.Read.All permissions for this app.';

const moment = (ms: number) => formatMoment(new Date(ms).toISOString());

function Progress({ scan }: { scan: SignInScanState }) {
  const share = signInScanShare(scan);
  const eta = signInScanEtaSeconds(scan, useNow(true));
  return (
    // No live region: the ETA changes every second, and would be read out every second.
    <Stack spacing={0.5} data-testid="sign-in-scan-progress">
      <LinearProgress variant="determinate" value={share * 100} aria-label="Reading the sign-in log" />
      <Typography variant="body2" color="text.secondary">
        {formatCount(scan.signIns)} sign-ins read, back to{' '}
        {scan.reachedBack ? moment(scan.reachedBack) : 'the newest'} ({Math.round(share * 100)} %)
        {eta !== undefined ? `, about ${eta} s left` : ''}
        {scan.pacing ? ', waiting for Graph’s rate limit' : ''}.
      </Typography>
    </Stack>
  );
}

/** What the figures below rest on: the window read, and whether all of it was. */
export function signInScanBasis(scan: SignInScanState): string {
  const window = `the last ${scan.days} day${scan.days === 1 ? '' : 's'}`;
  if (scan.status === 'done')
    return `${window} (${formatCount(scan.signIns)} sign-ins, read ${moment(scan.until)})`;
  const back = scan.reachedBack ? `, read back to ${moment(scan.reachedBack)} so far` : '';
  return `${window}${back}`;
}

/**
 * The one sign-in scan's window, start, cancel and resume, its progress and its failure: the same on every page
 * that reads it, since they share the scan.
 */
export function SignInScanControls({ scan }: { scan: SignInScanState }) {
  const [days, setDays] = useState<number>(scan.status === 'idle' ? DEFAULT_SIGN_IN_WINDOW : scan.days);
  const running = scan.status === 'scanning';
  const stopped = scan.status === 'cancelled' || scan.status === 'failed';
  return (
    // Status and start time as attributes: how a test tells a finished read from the one before it.
    <Stack spacing={1.5} data-testid="sign-in-scan" data-status={scan.status} data-started={scan.startedAt}>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={days}
          onChange={(_, value: number | null) => value !== null && setDays(value)}
          disabled={running}
          aria-label="Sign-in log window"
        >
          {SIGN_IN_WINDOWS.map((d) => (
            <ToggleButton key={d} value={d} data-testid={`sign-in-window-${d}`}>
              {d === 1 ? '1 day' : `${d} days`}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {running ? (
          <Button onClick={cancelSignInScan} data-testid="cancel-sign-in-scan">
            Cancel
          </Button>
        ) : (
          <Button
            variant="contained"
            onClick={() => void startSignInScan(days)}
            data-testid="start-sign-in-scan"
          >
            {scan.status === 'idle' ? 'Read sign-ins' : 'Read again'}
          </Button>
        )}
        {stopped && scan.resumeFrom && (
          <Button onClick={() => void resumeSignInScan()} data-testid="resume-sign-in-scan">
            Resume
          </Button>
        )}
      </Stack>
      {running && <Progress scan={scan} />}
      {scan.status === 'failed' && (
        <GraphErrorAlert
          error={scan.error}
          accessHint={ACCESS_HINT}
          onRetry={() => void resumeSignInScan()}
        />
      )}
    </Stack>
  );
}
