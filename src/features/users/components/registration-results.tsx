import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { formatCount } from '../../../lib/format.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { REPORT_ACCESS_HINT } from '../../../lib/graph/report-access-hint.ts';
import type { RegistrationDetailsResponse } from '../api/user-registration-details.ts';

interface Props {
  query: UseQueryResult<RegistrationDetailsResponse>;
  /** Whether any filter narrows the list: an empty result then offers to clear them. */
  filtered: boolean;
  onClearFilters: () => void;
  /** Draws the rows; given only once a page has arrived. */
  children: (page: RegistrationDetailsResponse) => ReactNode;
}

/** The list's states: loading, failed, nothing matches, or the grid. */
export function RegistrationResults({ query, filtered, onClearFilters, children }: Props) {
  if (query.isError && !query.data)
    return (
      <GraphErrorAlert
        error={query.error}
        accessHint={REPORT_ACCESS_HINT}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.isPending)
    return (
      <Stack spacing={1} aria-busy="true" aria-label="Loading users" role="progressbar">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} variant="rounded" height={32} />
        ))}
      </Stack>
    );
  if (query.data.value.length === 0 && !query.isPlaceholderData)
    return filtered ? (
      <EmptyState title="No users match these filters">
        <Box component="span" sx={{ display: 'block', mb: 2 }}>
          Try a shorter search or fewer filters.
        </Box>
        <Button variant="outlined" onClick={onClearFilters}>
          Clear filters
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title="No users in this report yet">
        The registration report lists enabled users. New tenants and new users can take a few hours to appear.
      </EmptyState>
    );
  return (
    <>
      {query.data.filteredLocally && (
        <Alert severity="info" data-testid="filtered-locally">
          Graph does not take this search or strength filter (the registration report's $filter has no
          documented 'or' or 'not'), so it was applied here, to the{' '}
          {formatCount(query.data.filteredLocally.rowsRead)} users Graph returned for the other filters.
        </Alert>
      )}
      {query.isError && (
        <GraphErrorAlert
          error={query.error}
          accessHint={REPORT_ACCESS_HINT}
          onRetry={() => void query.refetch()}
        />
      )}
      {children(query.data)}
    </>
  );
}
