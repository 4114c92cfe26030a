import Alert from '@mui/material/Alert';
import { useReportsPacerWaiting } from '../../../lib/graph/reports-pacer-status.ts';

/** While the page the user asked for waits in the reports pacer: a calm note, not an error. */
export function RateLimitWait({ loading }: { loading: boolean }) {
  const waiting = useReportsPacerWaiting();
  if (!loading || !waiting) return null;
  return (
    <Alert severity="info" role="status" data-testid="rate-limit-wait">
      Waiting for Microsoft Graph’s rate limit (5 report requests per 10 seconds). The rows will appear by
      themselves.
    </Alert>
  );
}
