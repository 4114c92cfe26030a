import Alert from '@mui/material/Alert';
import { useLingeringFlag } from '../lib/use-lingering-flag.ts';

// Paced report calls leave gaps of a second or two between waits; the notice stays through them.
const LINGER_MS = 1500;

/**
 * Shown while a report waits for Graph's rate limit: a calm note, not an error. It stays through the short
 * gaps between paced requests, so a long scan does not make it (and the figures below it) jump on and off.
 */
export function RateLimitNotice({ waiting }: { waiting: boolean }) {
  const shown = useLingeringFlag(waiting, LINGER_MS);
  if (!shown) return null;
  return (
    <Alert severity="info" role="status" data-testid="rate-limit-notice">
      Waiting for Microsoft Graph’s rate limit (5 report requests per 10 seconds). The figures will appear by
      themselves.
    </Alert>
  );
}
