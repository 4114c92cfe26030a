import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../auth/token-provider.ts', () => ({
  getToken: () => Promise.resolve('the-token'),
  scopesWithoutConsent: () => [],
}));
const { configureGraphClient, graphGet } = await import('./graph-client.ts');
const { UntrustedGraphUrlError } = await import('./graph-error.ts');

afterEach(() => vi.unstubAllGlobals());

function stubFetch() {
  const fetch = vi.fn((_url: string, _init: RequestInit) =>
    Promise.resolve(new Response('{"value":[]}', { status: 200 })),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const options = { scopes: ['https://graph.example/User.Read.All'] };

// A nextLink, Location or operation URL is followed with the bearer token: only on Graph's own origin.
describe('links in Graph answers', () => {
  it('follows a nextLink on the configured Graph origin', async () => {
    const fetch = stubFetch();
    configureGraphClient({ graphBaseUrl: 'https://graph.example' });
    await graphGet('https://graph.example/v1.0/users?$skiptoken=abc', options);
    expect(fetch).toHaveBeenCalledWith('https://graph.example/v1.0/users?$skiptoken=abc', expect.anything());
  });

  it.each([
    ['another host', 'https://attacker.example/v1.0/users?$skiptoken=abc'],
    ['a look-alike host', 'https://graph.example.attacker.example/v1.0/users'],
    ['plain http on the same host', 'http://graph.example/v1.0/users'],
    ['another port', 'https://graph.example:8443/v1.0/users'],
  ])('refuses %s without sending the token, naming the URL', async (_what, url) => {
    const fetch = stubFetch();
    configureGraphClient({ graphBaseUrl: 'https://graph.example' });
    const refused = graphGet(url, options);
    await expect(refused).rejects.toBeInstanceOf(UntrustedGraphUrlError);
    await expect(refused).rejects.toThrow(url);
    expect(fetch).not.toHaveBeenCalled();
  });
});
