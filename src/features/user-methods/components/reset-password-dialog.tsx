import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { useResetPassword, type OperationStatus, type ResetPasswordVersion } from '../api/reset-password.ts';
import { shortName } from '../lib/confirmation-text.ts';
import { PASSWORD_POLICY_HINT, passwordProblem } from '../lib/password-policy.ts';
import { ShownOnceSecret } from './shown-once-secret.tsx';
import type { TargetUser } from './user-identity.ts';
import { RESET_ACCESS_HINT } from './write-access-hint.ts';
import { WriteDialogActions } from './write-dialog-actions.tsx';

interface Props {
  user: TargetUser;
  onClose: () => void;
  /** Tests shorten the wait between polls of the reset operation. */
  pollIntervalMs?: number;
  /** The Graph version that lets this operator reset this user (reset-password-version.ts). */
  version?: ResetPasswordVersion;
}

const STATUS_TEXT: Record<OperationStatus, string> = {
  notStarted: 'Reset requested; waiting for Entra to start it…',
  running: 'Entra is resetting the password…',
  succeeded: 'Password reset.',
  failed: 'The reset failed.',
  unknownFutureValue: 'Waiting for Entra…',
};

export function ResetPasswordDialog({ user, onClose, pollIntervalMs, version }: Props) {
  const [mode, setMode] = useState<'generate' | 'provide'>('generate');
  // Both secrets stay in this component's state; the mutation sees the typed one through a getter.
  const [password, setPassword] = useState('');
  const [generated, setGenerated] = useState<string | null>(null);
  const [status, setStatus] = useState<OperationStatus | null>(null);
  const [touched, setTouched] = useState(false);
  const sending = useRef(false);
  const mutation = useResetPassword(
    user.id,
    { onStatus: setStatus, onGeneratedPassword: setGenerated },
    pollIntervalMs,
    version,
  );
  const problem = mode === 'provide' ? passwordProblem(password) : undefined;
  const name = shortName(user.displayName);

  const submit = () => {
    setTouched(true);
    if (problem || sending.current) return;
    sending.current = true;
    setStatus(null);
    mutation.mutate(mode === 'provide' ? { readPassword: () => password } : {}, {
      onError: () => {
        sending.current = false;
      },
    });
  };

  if (mutation.isSuccess) {
    return (
      <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
        <DialogTitle>Password reset for {name}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Alert severity="success" data-testid="reset-succeeded">
              {mutation.data.status === 'succeeded'
                ? 'The password was reset.'
                : 'Graph accepted the reset but gave no operation to follow; it normally completes within a minute.'}{' '}
              The user must change it at their next sign-in.
            </Alert>
            {generated && <ShownOnceSecret label="Temporary password" value={generated} recipient={name} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={onClose}>
            Done
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>Reset password</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            Sets a new password for{' '}
            <strong dir="auto" style={{ unicodeBidi: 'isolate' }}>
              {name}
            </strong>{' '}
            (<span style={{ unicodeBidi: 'isolate', overflowWrap: 'anywhere' }}>{user.upn}</span>). Their
            current password stops working and they must choose a new one at next sign-in.
          </DialogContentText>
          <RadioGroup
            aria-label="How the new password is chosen"
            value={mode}
            onChange={(e) => setMode(e.target.value as 'generate' | 'provide')}
          >
            <FormControlLabel value="generate" control={<Radio />} label="Let Entra generate a password" />
            <FormControlLabel value="provide" control={<Radio />} label="Type a password" />
          </RadioGroup>
          {mode === 'provide' && (
            <TextField
              type="password"
              label="New password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              onBlur={() => setTouched(true)}
              error={touched && !!problem}
              helperText={touched && problem ? problem : PASSWORD_POLICY_HINT}
            />
          )}
          {mutation.isPending && status && (
            <div role="status">
              <LinearProgress aria-label="Password reset progress" />
              <Typography variant="body2" sx={{ mt: 1 }} data-testid="reset-status">
                {STATUS_TEXT[status]}
              </Typography>
            </div>
          )}
          {mutation.isError && <GraphErrorAlert error={mutation.error} accessHint={RESET_ACCESS_HINT} />}
        </Stack>
      </DialogContent>
      <WriteDialogActions
        onCancel={onClose}
        onSubmit={submit}
        pending={mutation.isPending}
        label="Reset password"
        pendingLabel="Resetting…"
        testId="reset-password-submit"
      />
    </Dialog>
  );
}
