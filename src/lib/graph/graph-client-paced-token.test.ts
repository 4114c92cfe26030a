import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

let currentToken = 'before-consent';
vi.mock('../auth/token-provider.ts', () => ({
  getToken: () => Promise.resolve(currentToken),
  scopesWithoutConsent: () => [],
}));
// Timers and the clock only (the response body is read on Node's own queues), faked before the client is
// loaded: its pacer keeps the clock it was created with.
vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
const { configureGraphClient, graphRequest } = await import('./graph-client.ts');

afterEach(() => vi.unstubAllGlobals());
afterAll(() => vi.useRealTimers());

describe('a report request that waited for the rate limit', () => {
  it('goes out with the token of after the wait, not the one it held when it started waiting', async () => {
    const sentWith: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        sentWith.push(String((init.headers as Record<string, string>).Authorization));
        return Promise.resolve(new Response('{"value":[]}', { status: 200 }));
      }),
    );
    configureGraphClient({ graphBaseUrl: 'https://graph.example' });
    const report = { scopes: ['AuditLog.Read.All'], version: 'beta' as const };
    const path = '/reports/authenticationMethods/usersRegisteredByFeature()';
    // Graph's window holds five; the sixth waits in the pacer with the token it was given.
    const first = Promise.all(Array.from({ length: 5 }, () => graphRequest(path, report)));
    const sixth = graphRequest(path, report);
    await vi.advanceTimersByTimeAsync(1000);
    await first;
    expect(sentWith).toHaveLength(5);
    currentToken = 'after-consent'; // the operator granted the missing permission meanwhile
    await vi.advanceTimersByTimeAsync(10_000);
    await sixth;
    expect(sentWith).toHaveLength(6);
    expect(sentWith[5]).toBe('Bearer after-consent');
  });
});
