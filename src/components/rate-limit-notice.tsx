import HourglassEmpty from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useLingeringFlag } from '../lib/use-lingering-flag.ts';
import { visuallyHidden } from './visually-hidden.ts';

// Paced report calls leave gaps of a second or two between waits; the notice stays through them.
const LINGER_MS = 1500;

/**
 * A page header's line for "waiting for Graph's rate limit": a calm note, not an error. The line is always
 * there (blank when nothing waits) and one line high whatever its width (its text fits a phone; where it
 * cannot fit, it is cut, never wrapped), so the note coming and going during a long scan never moves the
 * figures below. It stays through the short gaps between paced requests, so it does not blink either. The
 * status region exists before it speaks, as live regions must.
 */
export function RateLimitNotice({ waiting }: { waiting: boolean }) {
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
