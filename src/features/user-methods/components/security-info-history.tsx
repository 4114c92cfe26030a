import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { AUDIT_ACCESS_HINT, AUDIT_RETENTION } from '../../../domain/audit/audit-access.ts';
import { AuditEventRow } from '../../../domain/audit/audit-event-row.tsx';
import { securityInfoHistoryQuery } from '../api/security-info-history.ts';
import { LogCard } from './log-card.tsx';

function History({ userId }: { userId: string }) {
  const history = useInfiniteQuery(securityInfoHistoryQuery(userId));
  if (history.isPending)
    return (
      <Skeleton role="progressbar" variant="rounded" height={96} aria-label="Loading security info history" />
    );
  if (history.isError)
    return (
      <GraphErrorAlert
        error={history.error}
        accessHint={AUDIT_ACCESS_HINT}
        onRetry={() => void history.refetch()}
      />
    );
  const events = history.data.pages.flatMap((page) => page.value);
  return (
    <Stack spacing={1}>
      {events.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No security-info changes in the audit log for this user.
        </Typography>
      ) : (
        <Box
          component="ol"
          aria-label="Security info changes, newest first"
          sx={{ listStyle: 'none', m: 0, p: 0 }}
        >
          {events.map((event) => (
            <AuditEventRow key={event.id} event={event} />
          ))}
        </Box>
      )}
      {history.hasNextPage && (
        <Button
          onClick={() => void history.fetchNextPage()}
          disabled={history.isFetchingNextPage}
          sx={{ alignSelf: 'flex-start' }}
        >
          {history.isFetchingNextPage ? 'Loading older changes…' : 'Show older changes'}
        </Button>
      )}
      <Typography variant="caption" color="text.secondary">
        {AUDIT_RETENTION}
      </Typography>
    </Stack>
  );
}

/** Who added, changed or removed this user's methods, when and from where: the directory audit log. */
export function SecurityInfoHistory({ userId }: { userId: string }) {
  return (
    <LogCard
      title="Security info history"
      log="the directory audit log"
      intro="Who added, changed or removed this user’s methods, when and from where, from the directory audit log."
      showLabel="Show history"
      testId="security-info-history"
    >
      <History userId={userId} />
    </LogCard>
  );
}
