import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Popover from '@mui/material/Popover';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  operatorAssignmentsQuery,
  type CustomRole,
  type UnitRole,
} from '../../domain/session/operator-assignments.ts';
import type { SignedInRole } from '../../domain/session/signed-in-user-api.ts';

function RoleList({ roles }: { roles: UseQueryResult<SignedInRole[]> }) {
  if (roles.isPending) return <Skeleton width={180} />;
  if (roles.isError)
    return (
      <Typography variant="body2" color="error">
        Your roles could not be read ({roles.error.message}).
      </Typography>
    );
  if (roles.data.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        No directory roles
      </Typography>
    );
  return (
    <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }} data-testid="account-roles">
      {roles.data.map((role) => (
        <Chip key={role.templateId ?? role.name} label={role.name} size="small" />
      ))}
    </Stack>
  );
}

const unitRoleLabel = (r: UnitRole) => `${r.name} (administrative unit: ${r.unitName ?? r.unitId})`;
const customRoleLabel = (r: CustomRole) =>
  `${r.name} (custom role${r.scope === '/' ? '' : `, scope ${r.scope}`})`;

/** Roles scoped to administrative units and custom roles: only role assignments show them. */
function AssignedRoleList({ operatorId }: { operatorId: string }) {
  const assignments = useQuery(operatorAssignmentsQuery(operatorId));
  if (assignments.isPending) return <Skeleton width={180} />;
  const data = assignments.data ?? { known: false, reason: assignments.error?.message ?? '' };
  if (!data.known)
    return (
      <Typography variant="body2" color="text.secondary" data-testid="account-assignments-unknown">
        Unknown: {data.reason}. Graph decides what you may do.
      </Typography>
    );
  const labels = [...data.unitRoles.map(unitRoleLabel), ...data.customRoles.map(customRoleLabel)];
  if (labels.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        None
      </Typography>
    );
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }} data-testid="account-assigned-roles">
      {labels.map((label) => (
        // Long unit names wrap rather than clip.
        <Chip
          key={label}
          label={label}
          size="small"
          sx={{ height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
        />
      ))}
    </Stack>
  );
}

interface Props {
  id: string;
  anchor: HTMLElement | null;
  onClose: () => void;
  account: { name: string; username: string; objectId: string };
  roles: UseQueryResult<SignedInRole[]>;
  onSignOut: () => void;
}

/** The account menu's panel: who is signed in, their directory roles, and the way out. */
export function AccountPanel({ id, anchor, onClose, account, roles, onSignOut }: Props) {
  return (
    <Popover
      id={id}
      open={Boolean(anchor)}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{
        paper: { role: 'dialog', 'aria-label': 'Signed-in account', sx: { width: 320, maxWidth: '90vw' } },
      }}
    >
      <Box sx={{ p: 2 }}>
        <Typography
          variant="subtitle1"
          sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          data-testid="account-name"
        >
          {account.name}
        </Typography>
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ overflowWrap: 'anywhere' }}
          data-testid="account-username"
        >
          {account.username}
        </Typography>
        <Typography variant="overline" component="p" sx={{ mt: 1.5 }}>
          Directory roles
        </Typography>
        <RoleList roles={roles} />
        <Typography variant="overline" component="p" sx={{ mt: 1.5 }}>
          Scoped and custom roles
        </Typography>
        <AssignedRoleList operatorId={account.objectId} />
      </Box>
      <Divider />
      <Box sx={{ p: 1.5, display: 'flex', justifyContent: 'flex-end' }}>
        <Button onClick={onSignOut} variant="outlined">
          Sign out
        </Button>
      </Box>
    </Popover>
  );
}
