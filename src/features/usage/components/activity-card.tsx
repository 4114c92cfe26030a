import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { formatCount } from '../../../lib/format.ts';
import type { UsageEvents } from '../api/usage-events.ts';
import type { ActivityFilters } from '../lib/activity-filters.ts';
import { topFailureReasons } from '../lib/failure-reasons.ts';
import { USAGE_ACCESS_HINT } from '../lib/usage-access-hint.ts';
import { ActivityFilterBar } from './activity-filter-bar.tsx';
import { ActivityTable } from './activity-table.tsx';
import { TopFailureReasons } from './top-failure-reasons.tsx';

interface Props {
  query: UseQueryResult<UsageEvents>;
  filters: ActivityFilters;
  onFiltersChange: (next: ActivityFilters) => void;
  /** Events older than this (epoch ms) are outside the chosen period. */
  since: number;
}

/** Who registered or reset, with which method, and why it failed: filtered by Graph, then by period. */
export function ActivityCard({ query, filters, onFiltersChange, since }: Props) {
  const events = (query.data?.events ?? []).filter(
    (e) => !e.eventDateTime || Date.parse(e.eventDateTime) >= since,
  );
  return (
    <ChartCard
      title="Activity"
      subheader="Self-service password reset registrations and resets, newest first. Each row opens the user."
    >
      <ActivityFilterBar filters={filters} onChange={onFiltersChange} />
      {query.isPending ? (
        <Skeleton
          role="progressbar"
          variant="rounded"
          height={240}
          sx={{ mt: 2 }}
          aria-label="Loading activity"
        />
      ) : query.isError ? (
        <GraphErrorAlert
          error={query.error}
          accessHint={USAGE_ACCESS_HINT}
          onRetry={() => void query.refetch()}
        />
      ) : events.length === 0 ? (
        <EmptyState title="No events match">Widen the period or clear a filter.</EmptyState>
      ) : (
        <Stack spacing={2} sx={{ mt: 2 }}>
          <div>
            <Typography variant="subtitle2" component="h3" gutterBottom>
              Most frequent failure reasons
            </Typography>
            <TopFailureReasons groups={topFailureReasons(events)} />
          </div>
          <Box sx={{ minWidth: 0 }}>
            {query.data.truncated && (
              <Alert severity="info" sx={{ mb: 1 }}>
                Showing the latest {formatCount(query.data.events.length)} matching events; narrow the filters
                to see older ones.
              </Alert>
            )}
            <ActivityTable events={events} />
          </Box>
        </Stack>
      )}
    </ChartCard>
  );
}
