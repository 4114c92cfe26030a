import Alert from '@mui/material/Alert';

/** Shown while a report waits for Graph's rate limit: a calm note, not an error. */
export function RateLimitNotice({ waiting }: { waiting: boolean }) {
  if (!waiting) return null;
  return (
    <Alert severity="info" role="status" data-testid="rate-limit-notice">
      Waiting for Microsoft Graph’s rate limit (5 report requests per 10 seconds). The figures will appear by
      themselves.
    </Alert>
  );
}
