import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { useSaveEmail } from '../api/save-email.ts';
import { checkEmailAddress } from '../lib/email-address.ts';
import { shortName } from '../lib/confirmation-text.ts';
import { useSingleFlight } from './use-single-flight.ts';
import type { TargetUser } from './user-identity.ts';
import { UserName } from './user-name.tsx';
import { WRITE_ACCESS_HINT } from './write-access-hint.ts';
import { WriteDialogActions } from './write-dialog-actions.tsx';

interface Props {
  user: TargetUser;
  /** The address of the user's email method, when they have one. */
  existing: string | undefined;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Adds the SSPR email method, or replaces its address (one per user, docs/graph-notes.md §4.3). */
export function EmailDialog({ user, existing, onClose, onDone }: Props) {
  const [address, setAddress] = useState('');
  const [touched, setTouched] = useState(false);
  const mutation = useSaveEmail(user.id);
  const flight = useSingleFlight();
  const check = checkEmailAddress(address, user.upn);
  const unchanged = check.ok && existing?.toLowerCase() === check.address.toLowerCase();

  const submit = () => {
    setTouched(true);
    if (!check.ok || unchanged || !flight.start()) return;
    mutation.mutate(
      { emailAddress: check.address, replace: existing !== undefined },
      {
        onSuccess: () =>
          onDone(
            existing
              ? `Replaced ${shortName(user.displayName)}’s recovery email with ${check.address}.`
              : `Added ${check.address} as ${shortName(user.displayName)}’s recovery email.`,
          ),
        onError: flight.release,
      },
    );
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{existing ? 'Replace recovery email' : 'Add recovery email'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 0.5 }}>
          <DialogContentText>
            For <UserName user={user} />. The email method is used only for self-service password reset, never
            as a second factor for sign-in.
          </DialogContentText>
          {existing && (
            <Alert severity="info" data-testid="email-replace-note">
              They already have <span style={{ overflowWrap: 'anywhere' }}>{existing}</span>. Saving replaces
              it.
            </Alert>
          )}
          <TextField
            label="Email address"
            type="email"
            autoComplete="off"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && (!check.ok || unchanged)}
            helperText={
              touched && !check.ok
                ? check.message
                : unchanged
                  ? 'This is the address they already use.'
                  : 'An address outside this organisation that the user can read without signing in.'
            }
            slotProps={{ htmlInput: { 'data-testid': 'email-address', spellCheck: false } }}
          />
          {mutation.isError && <GraphErrorAlert error={mutation.error} accessHint={WRITE_ACCESS_HINT} />}
        </Stack>
      </DialogContent>
      <WriteDialogActions
        onCancel={onClose}
        onSubmit={submit}
        pending={mutation.isPending}
        label={existing ? 'Replace email' : 'Add email'}
        testId="email-submit"
      />
    </Dialog>
  );
}
