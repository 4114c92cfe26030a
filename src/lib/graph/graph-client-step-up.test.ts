import { stubGraphFetch } from '../../testing/graph-fetch-stub.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Graph docs (authentication methods API overview; whats-new-overview.md, January 2026): managing
// authentication methods needs MFA within the last 10 minutes; Graph answers 403, and the app asks again
// interactively for these claims.
const NGCMFA = '{"access_token":{"amr":{"essential":true,"values":["ngcmfa"]}}}';

// The token provider as MSAL answers: silently when the session's MFA is recent (`silentMfa`), otherwise it
// reports a challenge for the operator and fails, as getToken does on interaction_required.
let silentMfa = false;
class SignInRequiredError extends Error {}
const getToken = vi.fn(async (scopes: readonly string[], options?: { claims?: string; stepUp?: boolean }) => {
  if (!options?.claims) return 'token';
  if (silentMfa || !options.stepUp) return 'token-with-mfa';
  const { reportSessionChallenge } = await import('../auth/session-challenge.ts');
  reportSessionChallenge({ scopes, claims: options.claims, stepUp: true });
  throw new SignInRequiredError();
});
vi.mock('../auth/token-provider.ts', () => ({
  getToken: (scopes: readonly string[], options?: { claims?: string }) => getToken(scopes, options),
  scopesWithoutConsent: () => [],
  SignInRequiredError,
}));
const { configureGraphClient, graphRequest } = await import('./graph-client.ts');
const { clearSessionChallenge, currentSessionChallenge, StepUpDeclinedError, withdrawSessionChallenge } =
  await import('../auth/session-challenge.ts');

const refused = () =>
  new Response(
    JSON.stringify({ error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' } }),
    { status: 403 },
  );
const done = () => new Response(null, { status: 204 });

let sentWith: string[] = [];
function stubFetch(...answers: Response[]) {
  const stub = stubGraphFetch(done, ...answers);
  sentWith = stub.sentWith;
  return stub.fetch;
}

// Each test starts well past the previous one's step-up: the app trusts a step-up for 10 minutes.
let clock = Date.parse('2026-12-01T00:00:00Z');
beforeEach(() => {
  clock += 60 * 60_000;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(clock);
  silentMfa = false;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  getToken.mockClear();
  clearSessionChallenge();
});

configureGraphClient({ graphBaseUrl: 'https://graph.example' });
const options = { scopes: ['UserAuthenticationMethod.ReadWrite.All'] };
const deleteKey = () =>
  graphRequest('/users/u/authentication/fido2Methods/k', { ...options, method: 'DELETE' });
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a credential write refused for want of a recent MFA', () => {
  it('waits for the operator to verify with MFA, then is sent once more with a token meeting ngcmfa', async () => {
    stubFetch(refused(), done());
    const write = deleteKey();
    await vi.waitFor(() => expect(currentSessionChallenge()).toBeDefined());
    expect(currentSessionChallenge()).toEqual({ scopes: options.scopes, claims: NGCMFA, stepUp: true });
    expect(sentWith).toEqual(['Bearer token']);
    clearSessionChallenge(); // the popup's sign-in succeeded
    await expect(write).resolves.toBeUndefined();
    expect(sentWith).toEqual(['Bearer token', 'Bearer token-with-mfa']);
  });

  it('is not sent again when the operator declines, and says why', async () => {
    const fetch = stubFetch(refused());
    const write = deleteKey();
    await vi.waitFor(() => expect(currentSessionChallenge()?.stepUp).toBe(true));
    withdrawSessionChallenge();
    await expect(write).rejects.toBeInstanceOf(StepUpDeclinedError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('needs no operator when the sign-in session has a recent MFA', async () => {
    silentMfa = true;
    stubFetch(refused(), done());
    await deleteKey();
    expect(sentWith).toEqual(['Bearer token', 'Bearer token-with-mfa']);
    expect(currentSessionChallenge()).toBeUndefined();
  });

  it('is a role refusal when refused again after the step-up: no third request, and none asked for 10 minutes', async () => {
    silentMfa = true;
    const fetch = stubFetch(refused(), refused());
    await expect(deleteKey()).rejects.toMatchObject({ status: 403, code: 'Authorization_RequestDenied' });
    expect(fetch).toHaveBeenCalledTimes(2);
    stubFetch(refused());
    vi.setSystemTime(clock + 9 * 60_000);
    await expect(deleteKey()).rejects.toMatchObject({ status: 403 });
    expect(sentWith).toEqual(['Bearer token']);
  });
});

describe('other 403s', () => {
  it('are not answered with a step-up: a read, or a write outside authentication methods', async () => {
    const fetch = stubFetch(refused(), refused());
    await expect(
      graphRequest('/users/u/authentication/methods', { ...options, method: 'GET' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      graphRequest('/users/u/revokeSignInSessions', { ...options, method: 'POST' }),
    ).rejects.toMatchObject({ status: 403 });
    await nextTurn();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(currentSessionChallenge()).toBeUndefined();
  });

  it('are not answered with a step-up when Graph names another cause: a missing licence', async () => {
    const licence = new Response(
      JSON.stringify({
        error: { code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', message: 'No licence.' },
      }),
      { status: 403 },
    );
    const fetch = stubFetch(licence);
    await expect(deleteKey()).rejects.toMatchObject({ status: 403 });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(getToken).toHaveBeenCalledTimes(1);
  });
});
