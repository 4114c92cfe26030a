import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { AuditEventRow } from '../../../domain/audit/audit-event-row.tsx';
import type { SecurityInfoEvent } from '../../../domain/audit/security-info-event.ts';
import { TitledCard } from '../../../components/titled-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { formatCount } from '../../../lib/format.ts';

interface Props {
  events: readonly SecurityInfoEvent[];
  filtered: boolean;
  unknownTarget: string | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** The matching changes, newest first, each naming the user it was made to and opening their page. */
export function ChangeList({ events, filtered, unknownTarget, hasMore, loadingMore, onLoadMore }: Props) {
  return (
    <TitledCard
      title={`Changes${events.length > 0 ? ` (${formatCount(events.length)}${hasMore ? '+' : ''})` : ''}`}
    >
      {unknownTarget !== undefined ? (
        <EmptyState title="No such user">
          No user of this tenant signs in as {unknownTarget}. Check the spelling, or search by name.
        </EmptyState>
      ) : events.length === 0 ? (
        <EmptyState title={filtered ? 'No changes match these filters' : 'No method changes'}>
          {filtered
            ? 'Nothing in the audit log’s retention matches. Widen the dates or clear a filter.'
            : 'The audit log holds no Authentication Methods events for its retention period.'}
        </EmptyState>
      ) : (
        <Stack spacing={1}>
          <Box
            component="ol"
            aria-label="Method changes, newest first"
            sx={{ listStyle: 'none', m: 0, p: 0 }}
          >
            {events.map((event, i) => (
              <AuditEventRow key={event.id ?? i} event={event} showTarget />
            ))}
          </Box>
          {hasMore && (
            <Button
              onClick={onLoadMore}
              disabled={loadingMore}
              sx={{ alignSelf: 'flex-start' }}
              data-testid="load-older-changes"
            >
              {loadingMore ? 'Loading older changes…' : 'Show older changes'}
            </Button>
          )}
        </Stack>
      )}
    </TitledCard>
  );
}
