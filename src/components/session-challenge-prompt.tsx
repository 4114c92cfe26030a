import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { currentSessionChallenge, subscribeSessionChallenge } from '../lib/auth/session-challenge.ts';
import { answerSessionChallenge } from '../lib/auth/token-provider.ts';

/**
 * "Sign in again" when Entra or Graph asked for it (interaction required, new consent, a claims challenge).
 * A popup keeps the page and any open dialog as they are; afterwards the failed reads run again by
 * themselves, and a failed write waits for the agent to send it again.
 */
export function SessionChallengePrompt() {
  const challenge = useSyncExternalStore(subscribeSessionChallenge, currentSessionChallenge);
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  if (!challenge) return null;
  // Named the way the Entra admin center lists an app's API permissions.
  const consent = challenge.consentFor?.map((s) => s.slice(s.lastIndexOf('/') + 1)).join(', ');
  const signInAgain = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await answerSessionChallenge(challenge);
      await queryClient.invalidateQueries({ predicate: (q) => q.state.status === 'error' });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      severity="warning"
      role="alert"
      data-testid="session-challenge"
      sx={{ mb: 2, overflowWrap: 'anywhere' }}
      action={
        <Button
          color="inherit"
          size="small"
          disabled={busy}
          onClick={() => void signInAgain()}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {consent ? 'Grant access' : 'Sign in again'}
        </Button>
      }
    >
      <AlertTitle>
        {consent
          ? 'This page needs a permission you have not granted yet'
          : 'Microsoft Entra needs you to sign in again'}
      </AlertTitle>
      {consent
        ? `Microsoft Graph needs ${consent} for this, and the dashboard's sign-in does not include it. Grant it in the window that opens (if your organisation requires it, an administrator must consent for the app first).`
        : challenge.claims
          ? 'Your session was revoked or a sign-in policy changed since you signed in.'
          : 'Your sign-in has to be renewed.'}{' '}
      {consent ? 'This' : 'Sign in in the window that opens: this'} page and any open dialog stay as they are.
      {failure && ` The last attempt failed: ${failure}`}
    </Alert>
  );
}
