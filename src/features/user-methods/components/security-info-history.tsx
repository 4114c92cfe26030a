import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { readsReports, REPORT_ROLE_NAMES } from '../../../domain/session/report-access.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { myDirectoryRolesQuery } from '../../../domain/session/signed-in-user-api.ts';
import { securityInfoHistoryQuery, type SecurityInfoEvent } from '../api/security-info-history.ts';
import { formatDateTime } from '../lib/format-values.ts';
import { SectionCard } from './section-card.tsx';

const ACCESS_HINT = `Reading the directory audit log needs the ${REPORT_ROLE_NAMES} role, and the AuditLog.Read.All and Directory.Read.All permissions for this app (an administrator consents to them).`;
const RETENTION =
  'Entra keeps these events for 30 days (7 days without Entra ID P1 or P2); a change shows here within a few minutes.';

/** Who made the change: the person (and from where), or the app when no person did. */
function initiatorOf(event: SecurityInfoEvent): string {
  const user = event.initiatedBy?.user;
  const app = event.initiatedBy?.app;
  if (user?.userPrincipalName || user?.displayName) {
    const who =
      user.displayName && user.userPrincipalName
        ? `${user.displayName} (${user.userPrincipalName})`
        : user.displayName || user.userPrincipalName;
    return user.ipAddress ? `${who}, from ${user.ipAddress}` : (who ?? '');
  }
  if (app?.displayName || app?.appId) return `App ${app.displayName || app.appId}`;
  return 'Unknown initiator';
}

function EventRow({ event }: { event: SecurityInfoEvent }) {
  const failed = event.result && event.result !== 'success';
  return (
    <Box
      component="li"
      data-testid="security-info-event"
      sx={{ py: 1, borderTop: 1, borderColor: 'divider', overflowWrap: 'anywhere' }}
    >
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'baseline' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {event.activityDisplayName}
        </Typography>
        {failed && <Chip size="small" color="warning" variant="outlined" label={event.result} />}
        <Typography variant="body2" color="text.secondary">
          {formatDateTime(event.activityDateTime)}
        </Typography>
      </Stack>
      {event.resultReason && <Typography variant="body2">{event.resultReason}</Typography>}
      <Typography variant="body2" color="text.secondary" data-testid="security-info-initiator">
        By {initiatorOf(event)}
      </Typography>
    </Box>
  );
}

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
        accessHint={ACCESS_HINT}
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
            <EventRow key={event.id} event={event} />
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
        {RETENTION}
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
