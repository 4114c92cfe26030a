import { InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';

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
 * Silent first (MSAL renews through the refresh token); interactive only when Entra says so.
 * The redirect leaves the page, so the returned promise never settles in that case.
 */
export async function getToken(scopes: readonly string[]): Promise<string> {
  const msal = instance;
  const account = msal?.getActiveAccount() ?? msal?.getAllAccounts()[0];
  if (!msal || !account) throw new SignInRequiredError();
  try {
    const result = await msal.acquireTokenSilent({ scopes: [...scopes], account });
    return result.accessToken;
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) throw error;
    await msal.acquireTokenRedirect({
      scopes: [...scopes],
      account,
      redirectStartPage: window.location.href,
    });
    return new Promise<string>(() => {});
  }
}
