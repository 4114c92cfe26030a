import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { OUTCOME_LABEL } from '../../../domain/posture/sms-voice/retirement-outcome.ts';
import type { RetirementSummary } from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import {
  cancelSignInScan,
  DEFAULT_SIGN_IN_WINDOW,
  resumeSignInScan,
  SIGN_IN_WINDOWS,
  signInScanEtaSeconds,
  signInScanShare,
  startSignInScan,
  useSignInScan,
  type SignInScanState,
} from '../../../domain/sign-ins/sign-in-scan.ts';
import { formatCount, formatMoment } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { phoneUsersInScope } from '../lib/phone-use.ts';

const SHOWN = 50;
const ACCESS_HINT =
  'Reading the sign-in log needs the Reports Reader, Security Reader, Security Operator, Security Administrator or Global Reader role, Entra ID P1 or P2, and the AuditLog.Read.All and Directory.Read.All permissions for this app.';

function Progress({ scan }: { scan: SignInScanState }) {
  const share = signInScanShare(scan);
  const eta = signInScanEtaSeconds(scan, useNow(true));
  return (
    <Stack spacing={0.5} role="status" data-testid="sign-in-scan-progress">
      <LinearProgress variant="determinate" value={share * 100} aria-label="Reading the sign-in log" />
      <Typography variant="body2" color="text.secondary">
        {formatCount(scan.signIns)} sign-ins read, back to{' '}
        {scan.reachedBack ? formatMoment(new Date(scan.reachedBack).toISOString()) : 'the newest'} (
        {Math.round(share * 100)} %){eta !== undefined ? `, about ${eta} s left` : ''}
        {scan.pacing ? ', waiting for Graph’s rate limit' : ''}.
      </Typography>
    </Stack>
  );
}

/**
 * Who in the retirement's scope actually used SMS or voice lately: the sign-in log over a chosen window, read in
 * the background (one request per 1,000 sign-ins, paced with the reports), kept as counts per user only.
 */
export function PhoneUseCard({ summary }: { summary: RetirementSummary }) {
  const scan = useSignInScan();
  const [days, setDays] = useState<number>(DEFAULT_SIGN_IN_WINDOW);
  const counted = scan.status !== 'idle' && scan.revision > 0;
  const result = useMemo(
    () => (counted ? phoneUsersInScope(summary.users, scan.usage) : undefined),
    // The usage map grows in place (copying it per page would cost a large tenant dearly); its revision says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [counted, summary.users, scan.usage, scan.revision],
  );
  const running = scan.status === 'scanning';
  const partial = scan.status === 'cancelled' || scan.status === 'failed';

  return (
    <Card variant="outlined" component="section" aria-labelledby="phone-use-title">
      <CardContent>
        <Typography id="phone-use-title" component="h2" variant="h6">
          Who still uses SMS or voice
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          The sign-in log shows who actually signed in with a text message or a call: they will notice the
          retirement first. Reading it takes one request per 1,000 sign-ins, paced under Graph’s report limit.
        </Typography>
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}>
          <TextField
            select
            size="small"
            label="Window"
            value={days}
            onChange={(event) => setDays(Number(event.target.value))}
            disabled={running}
            sx={{ minWidth: 140 }}
          >
            {SIGN_IN_WINDOWS.map((d) => (
              <MenuItem key={d} value={d}>
                Last {d} day{d === 1 ? '' : 's'}
              </MenuItem>
            ))}
          </TextField>
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
              Read sign-ins
            </Button>
          )}
          {partial && scan.resumeFrom && (
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
        {result && (
          <Stack spacing={1} sx={{ mt: 2 }}>
            <Typography variant="body1" data-testid="phone-use-count">
              {running || partial ? 'So far: ' : ''}
              <strong>{formatCount(result.used.length)}</strong> of {formatCount(result.inScope)} users in
              scope signed in with SMS or voice in the last {scan.days} day{scan.days === 1 ? '' : 's'}
              {partial && scan.reachedBack
                ? ` (read back to ${formatMoment(new Date(scan.reachedBack).toISOString())})`
                : ''}
              .
            </Typography>
            {result.used.length > 0 && (
              <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2.5, overflowWrap: 'anywhere' }}>
                {result.used.slice(0, SHOWN).map(({ row, outcome }) => (
                  <li key={row.id}>
                    <Link component={RouterLink} to={`/users/${encodeURIComponent(row.id ?? '')}`}>
                      {row.userDisplayName || row.userPrincipalName}
                    </Link>{' '}
                    <Typography component="span" variant="body2" color="text.secondary">
                      {OUTCOME_LABEL[outcome.outcome]}
                    </Typography>
                  </li>
                ))}
              </Stack>
            )}
            {result.used.length > SHOWN && (
              <Typography variant="body2" color="text.secondary">
                and {formatCount(result.used.length - SHOWN)} more.
              </Typography>
            )}
            {scan.unknownNames.length > 0 && (
              <Typography variant="body2" color="text.secondary">
                The log also names methods this app does not know, not counted: {scan.unknownNames.join(', ')}
                .
              </Typography>
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
