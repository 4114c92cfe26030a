import { InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { graphScopes } from './scopes.ts';
import { clearSessionChallenge, reportSessionChallenge, type SessionChallenge } from './session-challenge.ts';

let instance: IPublicClientApplication | undefined;

/** Called once at start-up; the Graph client gets tokens through `getToken` without knowing MSAL. */
export function setTokenProvider(msal: IPublicClientApplication): void {
  instance = msal;
}

/** The operator MSAL signed in (the active account, else the only one). */
const signedInAccount = () => instance?.getActiveAccount() ?? instance?.getAllAccounts()[0];

/** What Entra granted for each scope set asked (MSAL reports a token's scopes; Entra may leave some out). */
const grantedFor = new Map<string, Set<string>>();
const scopeKey = (scopes: readonly string[]) => [...scopes].sort().join(' ');
// Compared by permission name: Entra answers resource-qualified scopes, MSAL may strip the resource.
const permission = (scope: string) => scope.slice(scope.lastIndexOf('/') + 1).toLowerCase();

/**
 * Scopes the current token for `scopes` was issued without. A Graph 403 with such a token means consent is
 * missing (not a role): the app asks for it instead of only explaining the refusal.
 */
export function scopesWithoutConsent(scopes: readonly string[]): string[] {
  const granted = grantedFor.get(scopeKey(scopes));
  return granted ? scopes.filter((s) => !granted.has(permission(s))) : [];
}

const isConsentRequired = (error: InteractionRequiredAuthError) =>
  error.errorCode === 'consent_required' ||
  error.subError === 'consent_required' ||
  /AADSTS65001/.test(error.errorMessage);

export class SignInRequiredError extends Error {
  constructor() {
    super('Sign in to continue.');
    this.name = 'SignInRequiredError';
  }
}

/** Graph refused for want of a permission the user can grant: the shell's prompt asks for it. */
export class ConsentRequiredError extends SignInRequiredError {
  constructor() {
    super();
    this.name = 'ConsentRequiredError';
    this.message =
      'This needs a permission you have not granted yet. Grant it in the prompt; this loads again.';
  }
}

/**
 * Silent first (MSAL renews through the refresh token). When Entra wants the user (interaction_required,
 * consent for a new scope), the app asks through the shell's "sign in again" prompt instead of leaving the
 * page, and this request fails with SignInRequiredError; the prompt's popup then lets the pages retry.
 *
 * With `claims` (a Continuous Access Evaluation challenge's), MSAL skips its cache and redeems the refresh
 * token for a token that meets them; only if Entra then wants the user does the prompt ask, with the same
 * claims (entra-docs identity-platform/app-resilience-continuous-access-evaluation.md: silent, then
 * interactive).
 */
export async function getToken(
  scopes: readonly string[],
  options: { forceRefresh?: boolean; claims?: string; stepUp?: boolean } = {},
): Promise<string> {
  const msal = instance;
  const account = signedInAccount();
  if (!msal || !account) throw new SignInRequiredError();
  try {
    const result = await msal.acquireTokenSilent({
      scopes: graphScopes(scopes),
      account,
      forceRefresh: options.forceRefresh,
      ...(options.claims ? { claims: options.claims } : {}),
    });
    grantedFor.set(scopeKey(scopes), new Set(result.scopes.map(permission)));
    return result.accessToken;
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) throw error;
    reportSessionChallenge({
      scopes,
      ...(options.claims ? { claims: options.claims } : {}),
      ...(isConsentRequired(error) ? { consentFor: scopes } : {}),
      ...(options.stepUp ? { stepUp: true } : {}),
    });
    throw new SignInRequiredError();
  }
}

/** Answers the pending challenge in a popup (a user gesture opens it); the new token lands in MSAL's cache. */
export async function answerSessionChallenge(challenge: SessionChallenge): Promise<void> {
  const msal = instance;
  const account = signedInAccount();
  if (!msal) throw new SignInRequiredError();
  await msal.acquireTokenPopup({
    scopes: graphScopes(challenge.scopes),
    ...(account ? { account, loginHint: account.username } : {}),
    ...(challenge.claims ? { claims: challenge.claims } : {}),
    // Entra shows its consent page even where the sign-in session could answer by itself.
    ...(challenge.consentFor ? { prompt: 'consent' } : {}),
  });
  grantedFor.clear();
  clearSessionChallenge();
}

/**
 * The link an administrator opens to consent for the organisation (entra-docs identity-platform/
 * v2-admin-consent.md: `/{tenant}/v2.0/adminconsent` with the client id, the scopes and a registered redirect
 * URI; the tenant is the operator's own, never `common`). Undefined before sign-in.
 */
export function adminConsentUrl(scopes: readonly string[]): string | undefined {
  const msal = instance;
  const account = signedInAccount();
  if (!msal || !account) return undefined;
  const { auth } = msal.getConfiguration();
  const query = new URLSearchParams({
    client_id: auth.clientId,
    scope: graphScopes(scopes).join(' '),
    // The site root: registered with the redirect bridge (npm run build:site prints both).
    redirect_uri: `${window.location.origin}/`,
  });
  return `${new URL(auth.authority).origin}/${account.tenantId}/v2.0/adminconsent?${query}`;
}

/**
 * After an administrator consented elsewhere: a new token (past the cache, which holds one without the
 * permission) tells whether Entra now grants what the pending challenge lacked; if so the challenge ends.
 */
export async function recheckConsent(challenge: SessionChallenge): Promise<boolean> {
  const msal = instance;
  const account = signedInAccount();
  if (!msal || !account || !challenge.consentFor) return false;
  try {
    const result = await msal.acquireTokenSilent({
      scopes: graphScopes(challenge.scopes),
      account,
      forceRefresh: true,
    });
    const granted = new Set(result.scopes.map(permission));
    grantedFor.set(scopeKey(challenge.scopes), granted);
    if (!challenge.consentFor.every((s) => granted.has(permission(s)))) return false;
  } catch (error) {
    if (error instanceof InteractionRequiredAuthError) return false;
    throw error;
  }
  clearSessionChallenge();
  return true;
}
