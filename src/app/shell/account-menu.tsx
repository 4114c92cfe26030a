import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useAuth } from '../../lib/auth/use-auth.ts';
import { forgetSessionMemory } from '../../domain/session/session-memory.ts';
import { myDirectoryRolesQuery } from '../../domain/session/signed-in-user-api.ts';

const AccountPanel = lazy(() => import('./account-panel.tsx').then((m) => ({ default: m.AccountPanel })));

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((part) => [...part][0] ?? '')
    .filter((c) => /\p{L}/u.test(c));
  return (letters.slice(0, 2).join('') || '?').toUpperCase();
}

/** Who is signed in, with which directory roles, and the way out. */
export function AccountMenu() {
  // Read at sign-in, not on first open: pages decide which actions to offer from these roles.
  const roles = useQuery(myDirectoryRolesQuery());
  const { account, signOut } = useAuth();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first open on, so closing keeps its transition and hands focus back to the button.
  const [everOpened, setEverOpened] = useState(false);
  const popoverId = useId();
  const operatorId = account?.objectId;
  useEffect(() => {
    if (!operatorId) return;
    // Scoped and custom roles, read at sign-in too but from their own chunk: the shell stays small.
    void import('../../domain/session/operator-assignments.ts').then((m) =>
      queryClient.prefetchQuery(m.operatorAssignmentsQuery(operatorId)),
    );
  }, [operatorId, queryClient]);
  if (!account) return null;
  const handleSignOut = () => {
    // Nothing of this operator's data may outlive the session.
    queryClient.clear();
    forgetSessionMemory();
    void signOut();
  };
  return (
    <>
      <IconButton
        onClick={(e) => {
          setAnchor(e.currentTarget);
          setEverOpened(true);
        }}
        aria-label={`Account: ${account.name}`}
        aria-haspopup="dialog"
        aria-controls={anchor ? popoverId : undefined}
        color="inherit"
      >
        {/* Initials in a circle, as MUI's Avatar draws them, without its code in the shell. */}
        <Box
          component="span"
          sx={{
            width: 32,
            height: 32,
            borderRadius: '50%',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 14,
            lineHeight: 1,
            userSelect: 'none',
            bgcolor: 'secondary.main',
            color: 'background.default',
          }}
        >
          {initials(account.name)}
        </Box>
      </IconButton>
      {/* The panel's code loads with the first click, not with the shell. */}
      {everOpened && (
        <Suspense fallback={null}>
          <AccountPanel
            id={popoverId}
            anchor={anchor}
            onClose={() => setAnchor(null)}
            account={account}
            roles={roles}
            onSignOut={handleSignOut}
          />
        </Suspense>
      )}
    </>
  );
}
