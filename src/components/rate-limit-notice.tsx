import Alert from '@mui/material/Alert';
import { useLingeringFlag } from '../lib/use-lingering-flag.ts';

// Paced report calls leave gaps of a second or two between waits; the notice stays through them.
const LINGER_MS = 1500;

/**
 * Shown while a report waits for Graph's rate limit: a calm note, not an error. It floats at the bottom of
 * the window rather than sitting in the page, so its coming and going never pushes the figures about.
 */
export function RateLimitNotice({ waiting }: { waiting: boolean }) {
  const shown = useLingeringFlag(waiting, LINGER_MS);
  if (!shown) return null;
  return (
    <Alert
      severity="info"
      role="status"
      data-testid="rate-limit-notice"
      elevation={6}
      variant="filled"
      sx={{
        position: 'fixed',
        bottom: { xs: 16, sm: 24 },
        left: '50%',
        transform: 'translateX(-50%)',
        width: 'max-content',
        maxWidth: 'calc(100vw - 32px)',
        zIndex: (theme) => theme.zIndex.snackbar,
      }}
    >
      Waiting for Microsoft Graph’s rate limit (5 report requests per 10 seconds). The figures will appear by
      themselves.
    </Alert>
  );
}
