import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useAuth } from '../../lib/auth/use-auth.ts';
import { myDirectoryRolesQuery, type SignedInRole } from '../../lib/session/signed-in-user-api.ts';

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((part) => [...part][0] ?? '')
    .filter((c) => /\p{L}/u.test(c));
  return (letters.slice(0, 2).join('') || '?').toUpperCase();
}

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

/** Who is signed in, with which directory roles, and the way out. */
export function AccountMenu() {
  // Read at sign-in, not on first open: pages decide which actions to offer from these roles.
  const roles = useQuery(myDirectoryRolesQuery());
  const { account, signOut } = useAuth();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const popoverId = useId();
  if (!account) return null;
  const handleSignOut = () => {
    // Nothing of this operator's data may outlive the session.
    queryClient.clear();
    void signOut();
  };
  return (
    <>
      <IconButton
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-label={`Account: ${account.name}`}
        aria-haspopup="dialog"
        aria-controls={anchor ? popoverId : undefined}
        color="inherit"
      >
        <Avatar sx={{ width: 32, height: 32, fontSize: 14, bgcolor: 'secondary.main' }}>
          {initials(account.name)}
        </Avatar>
      </IconButton>
      <Popover
        id={popoverId}
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
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
        </Box>
        <Divider />
        <Box sx={{ p: 1.5, display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={handleSignOut} variant="outlined">
            Sign out
          </Button>
        </Box>
      </Popover>
    </>
  );
}
