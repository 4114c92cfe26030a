import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { formatCount } from '../../../lib/format.ts';
import { timeUntilRetirement } from '../../../lib/posture/retirement-cohorts.ts';

// Minutes are the smallest unit shown; checking every few seconds keeps the minute change prompt.
const TICK_MS = 5_000;

function Unit({ value, unit, testId }: { value: number; unit: string; testId: string }) {
  return (
    <div>
      <Typography variant="h3" component="p" sx={{ fontWeight: 600 }} data-testid={testId}>
        {formatCount(value)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {unit}
      </Typography>
    </div>
  );
}

/** Days, hours and minutes until Microsoft stops SMS and voice codes, updating while the page is open. */
export function RetirementCountdown() {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const left = timeUntilRetirement(now);
  return (
    <Card variant="outlined" component="section" aria-labelledby="countdown-title" data-testid="countdown">
      <CardContent>
        <Typography id="countdown-title" variant="h6" component="h2">
          {left.passed
            ? 'Microsoft stopped sending SMS and voice codes on 1 February 2027'
            : 'Time left until SMS and voice codes stop (1 February 2027, 00:00 UTC)'}
        </Typography>
        {!left.passed && (
          <Stack direction="row" spacing={4} sx={{ mt: 1 }} role="timer" aria-label="Time left">
            <Unit value={left.days} unit={left.days === 1 ? 'day' : 'days'} testId="countdown-days" />
            <Unit value={left.hours} unit={left.hours === 1 ? 'hour' : 'hours'} testId="countdown-hours" />
            <Unit
              value={left.minutes}
              unit={left.minutes === 1 ? 'minute' : 'minutes'}
              testId="countdown-minutes"
            />
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
