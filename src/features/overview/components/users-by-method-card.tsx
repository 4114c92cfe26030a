import Skeleton from '@mui/material/Skeleton';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { UserRegistrationMethodSummary } from '@microsoft/microsoft-graph-types-beta';
import { useMemo, useState, type ReactNode } from 'react';
import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { formatCount } from '../../../lib/format.ts';
import { methodSeries } from '../lib/method-series.ts';
import type { ReportSource } from '../lib/report-source.ts';
import { REPORT_ACCESS_HINT } from '../../../lib/graph/report-access-hint.ts';
import { LazyUsersByMethodChart } from './lazy-overview-charts.tsx';
import { UsersByMethodTable } from './users-by-method-table.tsx';

type View = 'chart' | 'table';

function Body({ query, view }: { query: ReportSource<UserRegistrationMethodSummary>; view: View }) {
  // The same bars while the summary is unchanged: the chart then skips the Overview's other re-renders.
  const series = useMemo(() => (query.data ? methodSeries(query.data) : undefined), [query.data]);
  if (query.isError)
    return (
      <GraphErrorAlert
        error={query.error}
        accessHint={REPORT_ACCESS_HINT}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.isPending || !query.data || !series)
    return (
      <Skeleton role="progressbar" variant="rounded" height={320} aria-label="Loading users per method" />
    );
  const total = Number(query.data.totalUserCount ?? 0);
  const { bars, rows } = series;
  if (bars.length === 0)
    return (
      <EmptyState title="No registered methods yet">
        When users register a phone, Authenticator, passkey or other method, it shows here.
      </EmptyState>
    );
  return view === 'chart' ? (
    <LazyUsersByMethodChart bars={bars} total={total} />
  ) : (
    <UsersByMethodTable rows={rows} total={total} />
  );
}

interface Props {
  query: ReportSource<UserRegistrationMethodSummary>;
  /** Who the figures leave out, shown above the chart. */
  note?: ReactNode;
}

export function UsersByMethodCard({ query, note }: Props) {
  const [view, setView] = useState<View>('chart');
  const total = query.data ? formatCount(Number(query.data.totalUserCount ?? 0)) : undefined;
  return (
    <ChartCard
      note={note}
      title="Users per method"
      subheader={
        total
          ? `How many of ${total} users have registered each method (a user can have several).`
          : 'How many users have registered each method.'
      }
      action={
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, next: View | null) => next && setView(next)}
          aria-label="Show as"
        >
          <ToggleButton value="chart">Chart</ToggleButton>
          <ToggleButton value="table">Table</ToggleButton>
        </ToggleButtonGroup>
      }
    >
      <Body query={query} view={view} />
    </ChartCard>
  );
}
