import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useLayoutEffect, useRef, useState } from 'react';
import { ConsentRequiredError, SignInRequiredError } from '../../lib/auth/token-provider.ts';
import { StepUpDeclinedError } from '../../lib/auth/session-challenge.ts';
import { GraphError, UntrustedGraphUrlError } from '../../lib/graph/graph-error.ts';
import { LazySessionChallenge } from './lazy-session-challenge.tsx';

interface Props {
  error: unknown;
  /** What the reader needs to know about access to this data: the roles and permission, and who grants them. */
  accessHint?: string;
  onRetry?: () => void;
}

function explain(error: unknown, accessHint: string | undefined): { title: string; detail: string } {
  if (error instanceof SignInRequiredError)
    return {
      title: error instanceof ConsentRequiredError ? 'Permission needed' : 'Sign-in needed',
      detail: error.message,
    };
  if (error instanceof StepUpDeclinedError)
    return { title: 'Not sent: multifactor verification needed', detail: error.message };
  if (error instanceof UntrustedGraphUrlError)
    return { title: 'Microsoft Graph pointed to another site', detail: error.message };
  if (!(error instanceof GraphError)) {
    return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
  }
  if (error.code === 'Authentication_RequestFromNonPremiumTenantOrB2CTenant') {
    return {
      title: 'This report needs Microsoft Entra ID P1 or P2',
      detail:
        'The tenant has no premium licence. Assign Entra ID P1 or P2 (or a suite that includes it), then reload.',
    };
  }
  if (error.status === 403) {
    return { title: 'You do not have access to this data', detail: accessHint ?? error.message };
  }
  if (error.code === 'UndecodableClaimsChallenge')
    return { title: 'Microsoft Graph asked for a sign-in the app cannot read', detail: error.message };
  if (error.status === 401)
    return { title: 'Your session has expired', detail: 'Sign in again to continue.' };
  if (error.status === 429)
    return {
      title: 'Microsoft Graph is busy',
      detail: 'Graph asked us to slow down. Try again in a few seconds.',
    };
  if (error.status === 0) return { title: 'Microsoft Graph cannot be reached', detail: error.message };
  if (error.status >= 500)
    return {
      title: 'Microsoft Graph had a problem',
      detail: `${error.message} This is usually temporary: try again.`,
    };
  return { title: 'Microsoft Graph refused the request', detail: error.message };
}

/** An error that says what happened, what to do, and the ids a support case needs. */
export function GraphErrorAlert({ error, accessHint, onRetry }: Props) {
  const { title, detail } = explain(error, accessHint);
  const graphError = error instanceof GraphError ? error : undefined;
  const signInNeeded =
    error instanceof SignInRequiredError || graphError?.status === 401 || graphError?.status === 403;
  // Inside a dialog the shell's prompt is behind the backdrop: offer it where the error is. On a page the
  // shell's one is visible, and a copy per failed section would only repeat it.
  const alert = useRef<HTMLDivElement>(null);
  const [inDialog, setInDialog] = useState(false);
  useLayoutEffect(() => setInDialog(Boolean(alert.current?.closest('[role="dialog"]'))), []);
  return (
    <>
      {signInNeeded && inDialog && <LazySessionChallenge />}
      <Alert
        ref={alert}
        severity="error"
        action={
          onRetry ? (
            <Button color="inherit" size="small" onClick={onRetry}>
              Try again
            </Button>
          ) : undefined
        }
        sx={{ overflowWrap: 'anywhere' }}
      >
        <AlertTitle>{title}</AlertTitle>
        {detail}
        {graphError && (
          <Typography component="p" variant="caption" sx={{ mt: 1, fontFamily: 'monospace' }}>
            {graphError.status > 0 && `HTTP ${graphError.status} · `}code {graphError.code}
            {graphError.requestId && ` · request-id ${graphError.requestId}`}
            {graphError.date && ` · ${graphError.date}`}
          </Typography>
        )}
      </Alert>
    </>
  );
}
