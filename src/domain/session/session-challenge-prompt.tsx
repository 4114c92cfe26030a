import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { currentSessionChallenge, subscribeSessionChallenge } from '../../lib/auth/session-challenge.ts';
import { adminConsentUrl, answerSessionChallenge, recheckConsent } from '../../lib/auth/token-provider.ts';
import { mayGrantConsent } from './role-names.ts';
import { myDirectoryRolesQuery } from './signed-in-user-api.ts';

/**
 * "Sign in again" when Entra or Graph asked for it (interaction required, new consent, a claims challenge).
 * A popup keeps the page and any open dialog as they are; afterwards the failed reads run again by
 * themselves, and a failed write waits for the agent to send it again.
 *
 * A missing consent the operator's roles cannot grant opens no popup: Entra's consent page would only say
 * "Need admin approval" (AADSTS90094). The prompt then names the roles that can, shows the admin-consent link
 * to send them, and checks again once they have. Unknown roles (loading, refused) keep the popup.
 */
export function SessionChallengePrompt() {
  const challenge = useSyncExternalStore(subscribeSessionChallenge, currentSessionChallenge);
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const roles = useQuery({ ...myDirectoryRolesQuery(), enabled: Boolean(challenge?.consentFor) });
  if (!challenge) return null;
  // Named the way the Entra admin center lists an app's API permissions.
  const consent = challenge.consentFor?.map((s) => s.slice(s.lastIndexOf('/') + 1)).join(', ');
  // Shown once the roles are known (or unknowable): a popup offered, then withdrawn, would mislead.
  if (consent && roles.isPending) return null;
  const askAdmin = Boolean(consent && roles.data && !mayGrantConsent(roles.data.map((r) => r.templateId)));
  const link = askAdmin ? adminConsentUrl(challenge.consentFor!) : undefined;
  const act = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      if (!askAdmin) await answerSessionChallenge(challenge);
      else if (!(await recheckConsent(challenge))) throw new Error('Entra does not grant it yet.');
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
      data-kind={askAdmin ? 'admin-consent' : undefined}
      sx={{ mb: 2, overflowWrap: 'anywhere' }}
      action={
        <Button
          color="inherit"
          size="small"
          disabled={busy}
          onClick={() => void act()}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {askAdmin ? 'Check again' : consent ? 'Grant access' : 'Sign in again'}
        </Button>
      }
    >
      <AlertTitle>
        {askAdmin
          ? `An administrator must grant ${consent} to this app`
          : consent
            ? 'This page needs a permission you have not granted yet'
            : 'Microsoft Entra needs you to sign in again'}
      </AlertTitle>
      {askAdmin
        ? `Your roles cannot grant it. A Global, Privileged Role, Cloud Application or Application Administrator can, for the organisation: send them this link, then check again.`
        : consent
          ? `Microsoft Graph needs ${consent} for this, and the dashboard's sign-in does not include it. Grant it in the window that opens.`
          : challenge.claims
            ? 'Your session was revoked or a sign-in policy changed since you signed in.'
            : 'Your sign-in has to be renewed.'}{' '}
      {!askAdmin && (consent ? 'This' : 'Sign in in the window that opens: this')}
      {!askAdmin && ' page and any open dialog stay as they are.'}
      {link && (
        <code data-testid="admin-consent-link" style={{ display: 'block', marginTop: 8, userSelect: 'all' }}>
          {link}
        </code>
      )}
      {failure && ` The last attempt failed: ${failure}`}
    </Alert>
  );
}
