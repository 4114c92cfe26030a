import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { useSetSmsSignIn } from '../api/set-sms-sign-in.ts';
import { shortName } from '../lib/confirmation-text.ts';
import { smsSignInChange } from '../lib/sms-sign-in-change.ts';
import { useSingleFlight } from './use-single-flight.ts';
import type { TargetUser } from './user-identity.ts';
import { UserName } from './user-name.tsx';
import { WRITE_ACCESS_HINT } from './write-access-hint.ts';
import { WriteDialogActions } from './write-dialog-actions.tsx';

interface Props {
  user: TargetUser;
  phoneNumber: string;
  smsSignInState: string | null | undefined;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Turns SMS sign-in (the number as a username, a texted code as the password) on or off for the mobile. */
export function SmsSignInDialog({ user, phoneNumber, smsSignInState, onClose, onDone }: Props) {
  const next = smsSignInChange(smsSignInState);
  const mutation = useSetSmsSignIn(user.id);
  const flight = useSingleFlight();
  const enable = next.change !== 'disable';

  const submit = () => {
    if (next.change === null || !flight.start()) return;
    mutation.mutate(enable, {
      onSuccess: () =>
        onDone(
          `${enable ? 'Enabled' : 'Disabled'} SMS sign-in for ${shortName(user.displayName)}’s mobile ${phoneNumber}.`,
        ),
      onError: flight.release,
    });
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{enable ? 'Enable SMS sign-in?' : 'Disable SMS sign-in?'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            {enable ? 'Lets ' : 'Stops '}
            <UserName user={user} /> {enable ? 'sign in' : 'from signing in'} with their mobile number{' '}
            <strong style={{ unicodeBidi: 'isolate' }}>{phoneNumber}</strong> and a code sent by text message,
            without a password. {enable ? '' : 'The phone stays registered for verification codes and calls.'}
          </DialogContentText>
          {next.change === null && (
            <Alert severity="warning" data-testid="sms-blocked">
              {next.reason}
            </Alert>
          )}
          {enable && next.change !== null && (
            <Alert severity="info">
              SMS is a weak factor and Microsoft is retiring SMS and voice codes; prefer a passkey or the
              Authenticator app where the user can.
            </Alert>
          )}
          {mutation.isError && <GraphErrorAlert error={mutation.error} accessHint={WRITE_ACCESS_HINT} />}
        </Stack>
      </DialogContent>
      <WriteDialogActions
        onCancel={onClose}
        onSubmit={submit}
        disabled={next.change === null}
        pending={mutation.isPending}
        label={enable ? 'Enable SMS sign-in' : 'Disable SMS sign-in'}
        color={enable ? 'primary' : 'warning'}
        testId="sms-submit"
      />
    </Dialog>
  );
}
