import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { formatCount } from '../../../lib/format.ts';
import {
  DEADLINE_AT,
  DEADLINE_LABEL,
  timeUntil,
  type Deadline,
} from '../../../domain/posture/sms-voice/retirement-dates.ts';
import type { RetirementSummary } from '../../../domain/posture/sms-voice/retirement-summary.ts';

// Minutes are the smallest unit shown; checking every few seconds keeps the minute change prompt.
const TICK_MS = 5_000;

const WHO: Record<Deadline, string> = {
  february: 'Everyone except Global Administrators and external users (internal guests included)',
  july: 'Global Administrators and external users',
};

function Unit({ value, unit, testId }: { value: number; unit: string; testId: string }) {
  return (
    <div>
      <Typography variant="h4" component="p" sx={{ fontWeight: 600 }} data-testid={testId}>
        {formatCount(value)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {unit}
      </Typography>
    </div>
  );
}

function Countdown({
  deadline,
  now,
  summary,
}: {
  deadline: Deadline;
  now: number;
  summary?: RetirementSummary;
}) {
  const left = timeUntil(DEADLINE_AT[deadline], now);
  const counts = summary?.byDeadline[deadline];
  const id = `countdown-${deadline}-title`;
  return (
    <Card
      variant="outlined"
      component="section"
      aria-labelledby={id}
      data-testid={`countdown-${deadline}`}
      sx={{ height: '100%' }}
    >
      <CardContent>
        <Typography id={id} variant="h6" component="h2">
          {DEADLINE_LABEL[deadline]}
          {left.passed ? ': SMS and voice have stopped' : ', 00:00 UTC'}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {WHO[deadline]}
        </Typography>
        {!left.passed && (
          <Stack
            direction="row"
            spacing={3}
            sx={{ mt: 1 }}
            role="timer"
            aria-label={`Time left until ${DEADLINE_LABEL[deadline]}`}
          >
            <Unit
              value={left.days}
              unit={left.days === 1 ? 'day' : 'days'}
              testId={`countdown-${deadline}-days`}
            />
            <Unit
              value={left.hours}
              unit={left.hours === 1 ? 'hour' : 'hours'}
              testId={`countdown-${deadline}-hours`}
            />
            <Unit
              value={left.minutes}
              unit={left.minutes === 1 ? 'minute' : 'minutes'}
              testId={`countdown-${deadline}-minutes`}
            />
          </Stack>
        )}
        {counts && (
          <Typography variant="body2" sx={{ mt: 1.5 }} data-testid={`countdown-${deadline}-cohorts`}>
            <strong>{formatCount(counts.mustRegisterPasskey)}</strong> must register a passkey ·{' '}
            <strong>{formatCount(counts.losesPhoneKeepsMfa)}</strong> lose SMS and voice, keep MFA ·{' '}
            {formatCount(counts.passkeyReady)} passkey-ready · {formatCount(counts.noPhoneToLose)} with no
            phone to lose
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * The two dates Microsoft's FAQ gives (23 September 2026), each counting down while the page is open, with
 * how many of its users face each outcome. The FAQ gives days, not hours: the countdown runs to 00:00 UTC.
 */
export function RetirementCountdowns({ summary }: { summary?: RetirementSummary }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <Grid container spacing={2}>
      {(['february', 'july'] as const).map((deadline) => (
        <Grid key={deadline} size={{ xs: 12, md: 6 }}>
          <Countdown deadline={deadline} now={now} summary={summary} />
        </Grid>
      ))}
    </Grid>
  );
}
