import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { readsReports, REPORT_ROLE_NAMES } from '../../../domain/session/report-access.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { myDirectoryRolesQuery } from '../../../domain/session/signed-in-user-api.ts';
import { AUDIT_ACCESS_HINT, AUDIT_RETENTION } from '../../../domain/audit/audit-access.ts';
import { AuditEventRow } from '../../../domain/audit/audit-event-row.tsx';
import { securityInfoHistoryQuery } from '../api/security-info-history.ts';
import { SectionCard } from './section-card.tsx';

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

/**
 * Who added, changed or removed this user's methods, when and from where: the directory audit log, read
 * only when asked (it spends the reports' budget, and the user page itself makes one request).
 */
export function SecurityInfoHistory({ userId }: { userId: string }) {
  const [shown, setShown] = useState(false);
  const roles = useQuery(myDirectoryRolesQuery());
  const mayRead = readsReports(roles.data);
  return (
    <SectionCard
      title="Security info history"
      action={
        !shown && mayRead !== false ? (
          <Button onClick={() => setShown(true)} data-testid="show-security-info-history">
            Show history
          </Button>
        ) : undefined
      }
    >
      {mayRead === false ? (
        <Typography variant="body2" color="text.secondary" data-testid="security-info-no-access">
          Your role cannot read the directory audit log; it needs {REPORT_ROLE_NAMES}.
        </Typography>
      ) : shown ? (
        <History userId={userId} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          Who added, changed or removed this user’s methods, when and from where, from the directory audit
          log.
        </Typography>
      )}
    </SectionCard>
  );
}
