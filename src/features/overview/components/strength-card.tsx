import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, type ReactNode } from 'react';
import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { formatCount } from '../../../lib/format.ts';
import { REPORT_ACCESS_HINT } from '../../../lib/graph/report-access-hint.ts';
import { methodLabel } from '../../../domain/auth-methods/method-labels.ts';
import { STRENGTH_LABELS } from '../../../domain/auth-methods/method-strength.ts';
import { strengthSeries, type StrengthSummary } from '../lib/strength-summary.ts';
import { LazyStrengthChart } from './lazy-overview-charts.tsx';
import { StrengthTable } from './strength-table.tsx';
import { SCROLL_SHADOWS } from '../../../components/scroll-shadows.ts';

export interface StrengthScanState {
  summary: StrengthSummary | undefined;
  /** Rows read so far while pages still come in. */
  rowsRead: number;
  scanning: boolean;
  error: unknown;
  onRetry: () => void;
}

function Progress({ rowsRead }: { rowsRead: number }) {
  return (
    <Stack spacing={1} role="status" data-testid="strength-progress">
      <Typography variant="body2" color="text.secondary">
        {rowsRead > 0
          ? `Reading the registration report… ${formatCount(rowsRead)} users so far.`
          : 'Reading the registration report…'}
      </Typography>
      <LinearProgress aria-label="Reading the registration report" />
      <Skeleton variant="rounded" height={220} aria-hidden />
    </Stack>
  );
}

function Unrecognised({ summary }: { summary: StrengthSummary }) {
  if (summary.unrecognised.length === 0) return null;
  return (
    <Alert severity="warning" data-testid="strength-unrecognised" sx={{ mt: 2 }}>
      {`Methods this dashboard does not recognise yet (not counted towards a group): `}
      {summary.unrecognised
        .map((u) => `${methodLabel(u.method)} “${u.method}” (${formatCount(u.users)} users)`)
        .join('; ')}
      .
    </Alert>
  );
}

function Body({ state }: { state: StrengthScanState }) {
  const bars = useMemo(
    () => (state.summary ? strengthSeries(state.summary, STRENGTH_LABELS) : []),
    [state.summary],
  );
  if (state.error)
    return <GraphErrorAlert error={state.error} accessHint={REPORT_ACCESS_HINT} onRetry={state.onRetry} />;
  if (state.scanning || !state.summary) return <Progress rowsRead={state.rowsRead} />;
  if (state.summary.totalUsers === 0) return <EmptyState title="No users in the registration report yet" />;
  return (
    <>
      <LazyStrengthChart bars={bars} />
      <Box sx={{ ...SCROLL_SHADOWS, mt: 2 }}>
        <StrengthTable summary={state.summary} />
      </Box>
      <Unrecognised summary={state.summary} />
    </>
  );
}

/** Users by their strongest registered method, for everyone and for admins. */
export function StrengthCard({ state, note }: { state: StrengthScanState; note?: ReactNode }) {
  return (
    <ChartCard
      note={note}
      title="Method strength"
      subheader="Each user counted once, by the strongest method they registered. Whole tenant: the scope above does not apply (exclusions do). The password and Temporary Access Passes never count."
    >
      <Body state={state} />
    </ChartCard>
  );
}
