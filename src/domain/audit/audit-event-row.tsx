import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { formatMoment } from '../../lib/format.ts';
import { clientOf, describeInitiator, targetUserOf, type SecurityInfoEvent } from './security-info-event.ts';

/** The user a change was made to, opening their page when Graph gives their id. */
function TargetLine({ event }: { event: SecurityInfoEvent }) {
  const target = targetUserOf(event);
  if (!target)
    return (
      <Typography variant="body2" color="text.secondary">
        To: no user named in the event
      </Typography>
    );
  const name = target.displayName || target.userPrincipalName || target.id || '';
  const upn =
    target.userPrincipalName && target.userPrincipalName !== name ? ` (${target.userPrincipalName})` : '';
  return (
    <Typography variant="body2" data-testid="audit-event-target">
      To:{' '}
      {target.id ? (
        <Link component={RouterLink} to={`/users/${encodeURIComponent(target.id)}`}>
          {name}
        </Link>
      ) : (
        name
      )}
      {upn}
    </Typography>
  );
}

/**
 * One security-info change: what, when, to whom (on the tenant-wide list), by whom and from where. Every
 * value is Graph's text, shown as text: hostile names and agents stay inert, long ones wrap.
 */
export function AuditEventRow({
  event,
  showTarget = false,
}: {
  event: SecurityInfoEvent;
  showTarget?: boolean;
}) {
  const failed = event.result && event.result !== 'success';
  const client = clientOf(event);
  return (
    <Box
      component="li"
      data-testid="security-info-event"
      sx={{ py: 1, borderTop: 1, borderColor: 'divider', overflowWrap: 'anywhere' }}
    >
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'baseline' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {event.activityDisplayName || 'Unnamed activity'}
        </Typography>
        {failed && <Chip size="small" color="warning" variant="outlined" label={event.result} />}
        <Typography variant="body2" color="text.secondary">
          {formatMoment(event.activityDateTime)}
        </Typography>
      </Stack>
      {event.resultReason && <Typography variant="body2">{event.resultReason}</Typography>}
      {showTarget && <TargetLine event={event} />}
      <Typography variant="body2" color="text.secondary" data-testid="security-info-initiator">
        By {describeInitiator(event)}
      </Typography>
      {client && (
        <Typography
          variant="body2"
          color="text.secondary"
          title={client.full}
          data-testid="security-info-client"
        >
          Client: {client.shown}
        </Typography>
      )}
    </Box>
  );
}
