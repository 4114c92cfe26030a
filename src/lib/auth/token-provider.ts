import { InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { clearSessionChallenge, reportSessionChallenge, type SessionChallenge } from './session-challenge.ts';

let instance: IPublicClientApplication | undefined;

/** Called once at start-up; the Graph client gets tokens through `getToken` without knowing MSAL. */
export function setTokenProvider(msal: IPublicClientApplication): void {
  instance = msal;
}

export class SignInRequiredError extends Error {
  constructor() {
    super('Sign in to continue.');
    this.name = 'SignInRequiredError';
  }
}

/**
 * Silent first (MSAL renews through the refresh token). When Entra wants the user (interaction_required,
 * consent for a new scope), the app asks through the shell's "sign in again" prompt instead of leaving the
 * page, and this request fails with SignInRequiredError; the prompt's popup then lets the pages retry.
 */
export async function getToken(
  scopes: readonly string[],
  options: { forceRefresh?: boolean } = {},
): Promise<string> {
  const msal = instance;
  const account = msal?.getActiveAccount() ?? msal?.getAllAccounts()[0];
  if (!msal || !account) throw new SignInRequiredError();
  try {
    const result = await msal.acquireTokenSilent({
      scopes: [...scopes],
      account,
      forceRefresh: options.forceRefresh,
    });
    return result.accessToken;
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) throw error;
    reportSessionChallenge({ scopes });
    throw new SignInRequiredError();
  }
}

/** Answers the pending challenge in a popup (a user gesture opens it); the new token lands in MSAL's cache. */
export async function answerSessionChallenge(challenge: SessionChallenge): Promise<void> {
  const msal = instance;
  const account = msal?.getActiveAccount() ?? msal?.getAllAccounts()[0];
  if (!msal) throw new SignInRequiredError();
  await msal.acquireTokenPopup({
    scopes: [...challenge.scopes],
    ...(account ? { account, loginHint: account.username } : {}),
    ...(challenge.claims ? { claims: challenge.claims } : {}),
  });
  clearSessionChallenge();
}
