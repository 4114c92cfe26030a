import { AuthError } from '@azure/msal-browser';

export interface SignInProblem {
  title: string;
  detail: string;
  /** An address to open (the authority that did not answer): its certificate may need accepting there. */
  link?: string;
}

const UNREACHABLE = new Set([
  'endpoints_resolution_error',
  'network_error',
  'post_request_failed',
  'no_network_connectivity',
  'get_request_failed',
]);

/** Turns an MSAL failure into words an administrator can act on. */
export function describeSignInError(error: unknown, authorityOrigin: string): SignInProblem {
  const code = error instanceof AuthError ? error.errorCode : '';
  const subError = error instanceof AuthError ? error.subError : '';
  if (code === 'access_denied' || subError === 'cancel' || code === 'user_cancelled') {
    return {
      title: 'Sign-in was cancelled',
      detail: 'Nothing was changed. Sign in again when you are ready.',
    };
  }
  if (UNREACHABLE.has(code)) {
    return {
      title: 'The sign-in service cannot be reached',
      detail: `${authorityOrigin} did not answer. Check that it is running (npm start runs the local emulator) and that your browser trusts its certificate, then try again.`,
      link: authorityOrigin,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { title: 'Sign-in failed', detail: code ? `${code}: ${message}` : message };
}
