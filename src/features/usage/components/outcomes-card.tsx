import Skeleton from '@mui/material/Skeleton';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import type { UsageSummary } from '../api/usage-summary.ts';
import { usageRows } from '../lib/usage-rows.ts';
import { USAGE_ACCESS_HINT } from '../lib/usage-access-hint.ts';
import { FailureRateChart } from './failure-rate-chart.tsx';
import { UsageTable } from './usage-table.tsx';

export function OutcomesCard({ query }: { query: UseQueryResult<UsageSummary> }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const rows = query.data ? usageRows(query.data.items) : [];
  const active = rows.filter((r) => r.total > 0);
  return (
    <ChartCard
      title="Failure rate by method"
      subheader="Self-service registration and password reset outcomes, from userRegistrationActivity."
      action={
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, next: 'chart' | 'table' | null) => next && setView(next)}
          aria-label="Show as"
        >
          <ToggleButton value="chart">Chart</ToggleButton>
          <ToggleButton value="table">Table</ToggleButton>
        </ToggleButtonGroup>
      }
    >
      {query.isPending ? (
        <Skeleton role="progressbar" variant="rounded" height={280} aria-label="Loading outcomes" />
      ) : query.isError ? (
        <GraphErrorAlert
          error={query.error}
          accessHint={USAGE_ACCESS_HINT}
          onRetry={() => void query.refetch()}
        />
      ) : active.length === 0 ? (
        <EmptyState title="No registrations or password resets in this period">
          Choose a longer period, or check back after users register methods.
        </EmptyState>
      ) : view === 'chart' ? (
        <FailureRateChart rows={active} />
      ) : (
        <UsageTable rows={rows} />
      )}
    </ChartCard>
  );
}
