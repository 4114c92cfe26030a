import { afterEach, describe, expect, it, vi } from 'vitest';

const graphRequest = vi.fn();
const getToken = vi.fn((..._args: unknown[]) => Promise.resolve('token-with-claims'));
vi.mock('./graph-client.ts', () => ({ graphRequest: (...args: unknown[]) => graphRequest(...args) }));
vi.mock('../auth/token-provider.ts', () => ({
  getToken: (...args: unknown[]) => getToken(...args),
  scopesWithoutConsent: () => [],
  ConsentRequiredError: class extends Error {},
}));
const { graphBatch } = await import('./graph-batch.ts');
const { clearSessionChallenge, currentSessionChallenge } = await import('../auth/session-challenge.ts');

const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
const challenged = (encoded = btoa(claims)) => ({
  status: 401,
  headers: { 'WWW-Authenticate': `Bearer realm="", error="insufficient_claims", claims="${encoded}"` },
  body: { error: { code: 'InvalidAuthenticationToken', message: 'CAE' } },
});

afterEach(() => {
  graphRequest.mockReset();
  getToken.mockClear();
  clearSessionChallenge();
});

const requests = {
  methods: { url: '/users/u/authentication/methods' },
  user: { url: '/users/u' },
};

describe('graphBatch with a part Graph answered with a claims challenge', () => {
  it('renews the token silently with the claims and sends that part alone once more', async () => {
    graphRequest
      .mockResolvedValueOnce({
        responses: [
          { id: 'methods', ...challenged() },
          { id: 'user', status: 200, body: { id: 'u' } },
        ],
      })
      .mockResolvedValueOnce({ responses: [{ id: 'methods', status: 200, body: { value: [] } }] });
    const results = await graphBatch<{ methods: unknown; user: unknown }>(requests, { scopes: ['x'] });
    expect(getToken).toHaveBeenCalledWith(['x'], { claims });
    expect(graphRequest).toHaveBeenCalledTimes(2);
    expect(graphRequest.mock.calls[1]![1].body.requests.map((r: { id: string }) => r.id)).toEqual([
      'methods',
    ]);
    expect(results.methods).toEqual({ ok: true, status: 200, data: { value: [] } });
    expect(currentSessionChallenge()).toBeUndefined();
  });

  it('asks the operator when the part is challenged again, and says so for claims it cannot read', async () => {
    graphRequest
      .mockResolvedValueOnce({
        responses: [
          { id: 'methods', ...challenged() },
          { id: 'user', ...challenged('%%%') },
        ],
      })
      .mockResolvedValueOnce({ responses: [{ id: 'methods', ...challenged() }] });
    const results = await graphBatch<{ methods: unknown; user: unknown }>(requests, { scopes: ['x'] });
    expect(graphRequest).toHaveBeenCalledTimes(2);
    expect(results.methods).toMatchObject({ ok: false, error: { status: 401 } });
    expect(results.user).toMatchObject({ ok: false, error: { code: 'UndecodableClaimsChallenge' } });
    expect(currentSessionChallenge()).toEqual({ scopes: ['x'], claims });
  });
});
