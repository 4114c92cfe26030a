import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import type { OperatorAssignments } from '../../../domain/session/operator-assignments.ts';
import type { MethodReadReach } from '../../../domain/auth-methods/method-readers.ts';
import type { SignedInRole } from '../../../domain/session/signed-in-user-api.ts';

const NEEDED = 'Global Reader, Authentication Administrator or Privileged Authentication Administrator';

/**
 * Before the scan: whether the operator's roles read other users' methods at all. A scan that could only fail
 * user by user is not offered; one that reads only a unit's members says so first.
 */
export function ScanReach({
  reach,
  roles,
  assignments,
}: {
  reach: MethodReadReach | undefined;
  roles: readonly SignedInRole[] | undefined;
  assignments: OperatorAssignments | undefined;
}) {
  const held = roles?.map((r) => r.name).join(', ') || 'none';
  if (reach === 'none')
    return (
      <Alert severity="info" role="status" data-testid="scan-needs-role">
        Scanning reads each user’s authentication methods, and your roles ({held}) read no other user’s. It
        needs the {NEEDED} role; a Privileged Role Administrator can assign one.
      </Alert>
    );
  if (reach === 'unseen')
    return (
      <Alert severity="info" role="status" data-testid="scan-needs-role">
        Scanning reads each user’s authentication methods, and your directory-wide roles ({held}) read no
        other user’s: that needs the {NEEDED} role. Only a role scoped to an administrative unit could allow
        some, and your role assignments could not be read
        {assignments?.known === false ? ` (${assignments.reason})` : ''}: a scan may read no one.
      </Alert>
    );
  if (reach === 'some')
    return (
      <Typography variant="body2" color="text.secondary" data-testid="scan-partial-reach">
        Your roles read the methods of some users only (an administrative unit’s members, or what Graph allows
        a custom role): the others will be counted as not read, and the findings will say they are incomplete.
      </Typography>
    );
  return null;
}
