import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { downloadFile } from '../../../lib/download-file.ts';
import { formatCount } from '../../../lib/format.ts';
import type { SummaryScope } from '../../../lib/graph/query-keys.ts';
import { REPORT_ACCESS_HINT } from '../../../lib/graph/report-access-hint.ts';
import {
  exportUserRegistrationDetails,
  type ExportProgress,
  type ExportQuery,
} from '../api/export-user-registration-details.ts';
import { registrationSummaryQuery } from '../api/export-row-count.ts';
import { formatEta } from '../lib/export-eta.ts';

type State =
  { kind: 'idle' } | { kind: 'running'; progress: ExportProgress } | { kind: 'failed'; error: unknown };

interface Props {
  query: ExportQuery;
  /** The summary that counts the export's rows, for the ETA; `exact` false when it is an upper bound. */
  estimate: { scope: SummaryScope; exact: boolean };
}

/** Exports every row of the current filter, page by page, with progress, an ETA and a way to stop. */
export function ExportCsvButton({ query, estimate }: Props) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops the export: nobody is left to receive the file.
  useEffect(() => () => controller.current?.abort(), []);

  async function start() {
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: 'running', progress: { rows: 0, pages: 0, waitingForRateLimit: false } });
    // The row count arrives alongside the first pages; until it does (or if it fails) there is no ETA.
    let expectedRows: number | undefined;
    queryClient
      .fetchQuery(registrationSummaryQuery(estimate.scope))
      .then((summary) => (expectedRows = summary.totalUserCount ?? undefined))
      .catch(() => undefined);
    try {
      const blob = await exportUserRegistrationDetails(query, {
        signal: abort.signal,
        onProgress: (progress) => setState({ kind: 'running', progress }),
        expectedRows: () => expectedRows,
      });
      downloadFile(blob, `user-registration-details-${new Date().toISOString().slice(0, 10)}.csv`);
      setState({ kind: 'idle' });
    } catch (error) {
      setState(abort.signal.aborted ? { kind: 'idle' } : { kind: 'failed', error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  if (state.kind === 'running') {
    const { rows, pages, waitingForRateLimit, etaMs, expectedRows } = state.progress;
    // A bar that fills only when the total is exact; an upper bound would stop it short of the end.
    const share = estimate.exact && expectedRows ? Math.min(100, (rows / expectedRows) * 100) : undefined;
    return (
      <Stack spacing={0.5} sx={{ width: { xs: '100%', sm: 340 }, minWidth: 0 }} data-testid="export-progress">
        <LinearProgress
          aria-label="Exporting users to CSV"
          variant={share === undefined ? 'indeterminate' : 'determinate'}
          value={share}
        />
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="body2" role="status">
            {formatCount(rows)} rows · {formatCount(pages)} {pages === 1 ? 'page' : 'pages'}
            {etaMs !== undefined && ` · ${formatEta(etaMs, !estimate.exact)}`}
            {waitingForRateLimit && ' · waiting for Graph’s rate limit…'}
          </Typography>
          <Button size="small" onClick={() => controller.current?.abort()}>
            Cancel
          </Button>
        </Stack>
      </Stack>
    );
  }
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-end' }}>
      <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={() => void start()}>
        Export CSV
      </Button>
      {state.kind === 'failed' && (
        <GraphErrorAlert error={state.error} accessHint={REPORT_ACCESS_HINT} onRetry={() => void start()} />
      )}
    </Stack>
  );
}
