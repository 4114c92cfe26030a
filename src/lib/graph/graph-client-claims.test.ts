import { stubGraphFetch } from '../../testing/graph-fetch-stub.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The token provider as MSAL would answer: a token meeting the claims when asked with them.
const getToken = vi.fn((_scopes: readonly string[], options?: { claims?: string }) =>
  Promise.resolve(options?.claims ? 'token-with-claims' : 'token'),
);
vi.mock('../auth/token-provider.ts', () => ({
  getToken: (scopes: readonly string[], options?: { claims?: string }) => getToken(scopes, options),
  scopesWithoutConsent: () => [],
}));
const { configureGraphClient, graphRequest } = await import('./graph-client.ts');
const { clearSessionChallenge, currentSessionChallenge } = await import('../auth/session-challenge.ts');

const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
const challenge = (encoded = btoa(claims)) =>
  new Response(JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'CAE' } }), {
    status: 401,
    headers: { 'WWW-Authenticate': `Bearer realm="", error="insufficient_claims", claims="${encoded}"` },
  });
const ok = () => new Response('{"id":"u"}', { status: 200 });

let sentWith: string[] = [];
function stubFetch(...answers: Response[]) {
  const stub = stubGraphFetch(ok, ...answers);
  sentWith = stub.sentWith;
  return stub.fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  getToken.mockClear();
  clearSessionChallenge();
});

configureGraphClient({ graphBaseUrl: 'https://graph.example' });
const options = { scopes: ['UserAuthenticationMethod.ReadWrite.All'] };

// entra-docs identity-platform/app-resilience-continuous-access-evaluation.md: silent with the claims first.
describe('a claims challenge', () => {
  it('is answered silently with its claims, and the request sent once more, a write included', async () => {
    stubFetch(challenge(), ok());
    await graphRequest('/users/u/authentication/phoneMethods', { ...options, method: 'POST', body: {} });
    expect(getToken).toHaveBeenLastCalledWith(options.scopes, { claims });
    expect(sentWith).toEqual(['Bearer token', 'Bearer token-with-claims']);
    expect(currentSessionChallenge()).toBeUndefined();
  });

  it('goes to the operator when Graph challenges the renewed token again, without a third request', async () => {
    const fetch = stubFetch(challenge(), challenge());
    await expect(graphRequest('/me', options)).rejects.toMatchObject({ status: 401 });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(currentSessionChallenge()).toEqual({ scopes: options.scopes, claims });
  });

  it('that cannot be decoded is not retried: it names the cause and asks the operator to sign in', async () => {
    const fetch = stubFetch(challenge('%%%'));
    await expect(graphRequest('/me', options)).rejects.toMatchObject({
      status: 401,
      code: 'UndecodableClaimsChallenge',
      message: expect.stringContaining('claims="%%%"'),
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(currentSessionChallenge()).toEqual({ scopes: options.scopes });
  });
});
