import HourglassEmpty from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useLingeringFlag } from '../lib/use-lingering-flag.ts';
import { visuallyHidden } from './visually-hidden.ts';

// Paced report calls leave gaps of a second or two between waits; the notice stays through them.
const LINGER_MS = 1500;

/**
 * Whole seconds left until `until`, counted down once a second. Keyed by `until` where it is used, so a new
 * estimate starts from the clock of its own arrival. Read once when the line appears (aria-hidden): a live
 * region that counted down aloud would never stop talking.
 */
function SecondsLeft({ until }: { until: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <Box component="span" data-testid="rate-limit-seconds" aria-hidden>
      about {Math.max(1, Math.ceil((until - now) / 1000))} s
    </Box>
  );
}

/**
 * The shell's line for "waiting for Graph's rate limit", the same place on every page: a calm note, not an
 * error, with how long where the pacer knows. The line is always there (blank when nothing waits) and one
 * line high whatever its width (where its text cannot fit, it is cut, never wrapped), so the note coming and
 * going never moves the page below. It stays through the short gaps between paced requests, so it does not
 * blink either. The status region exists before it speaks, as live regions must.
 */
export function RateLimitNotice({ waiting, clearsAt }: { waiting: boolean; clearsAt?: number }) {
  const shown = useLingeringFlag(waiting, LINGER_MS);
  return (
    <Typography variant="body2" component="div" role="status" sx={{ color: 'text.secondary' }}>
      {shown ? (
        <Box
          component="span"
          data-testid="rate-limit-notice"
          sx={{ display: 'flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap', overflow: 'hidden' }}
        >
          <HourglassEmpty fontSize="inherit" aria-hidden />
          Waiting for Graph’s rate limit…
          {waiting && clearsAt !== undefined && <SecondsLeft key={clearsAt} until={clearsAt} />}
          <Box component="span" sx={visuallyHidden}>
            Microsoft Graph allows 5 report requests per 10 seconds. The figures will appear by themselves.
          </Box>
        </Box>
      ) : (
        '\u00a0'
      )}
    </Typography>
  );
}
