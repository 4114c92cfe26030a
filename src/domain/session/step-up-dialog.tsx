import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { type SessionChallenge, withdrawSessionChallenge } from '../../lib/auth/session-challenge.ts';
import { answerSessionChallenge } from '../../lib/auth/token-provider.ts';

/**
 * Graph wants a recent MFA before a credential write (lib/graph/fresh-mfa-step-up.ts). The write waits under
 * this dialog, its own dialog and input as they were: "Verify" signs in again with MFA in a popup (a user
 * gesture opens it) and the write goes once more; "Cancel" leaves it unsent.
 */
export function StepUpDialog({ challenge }: { challenge: SessionChallenge }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const verify = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await answerSessionChallenge(challenge);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => {
    if (!busy) withdrawSessionChallenge();
  };
  return (
    <Dialog
      open
      onClose={cancel}
      maxWidth="xs"
      fullWidth
      aria-labelledby="step-up-title"
      data-testid="step-up"
    >
      <DialogTitle id="step-up-title">Verify it’s you with multifactor authentication</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Microsoft Graph changes authentication methods only for someone who completed multifactor
          authentication in the last 10 minutes. Approve the sign-in in the window that opens; the change is
          then sent once more. Nothing has changed yet.
        </DialogContentText>
        {failure && (
          <Alert severity="error" sx={{ mt: 2, overflowWrap: 'anywhere' }}>
            The verification did not complete ({failure}). Verify again, or cancel to leave the change unsent.
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={cancel} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant="contained"
          onClick={() => void verify()}
          disabled={busy}
          data-testid="step-up-verify"
        >
          {busy ? 'Waiting for the sign-in…' : 'Verify'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
