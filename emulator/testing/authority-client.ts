import { createHash, randomBytes } from 'node:crypto';

export const TEST_REDIRECT = 'http://localhost:5173/redirect.html';
export const TEST_CLIENT = 'test-client';

export function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The authorize redirect's answer (code or error), sent in the fragment. */
export function fragmentOf(response: Response): URLSearchParams {
  const location = response.headers.get('location') ?? '';
  return new URLSearchParams(location.split('#')[1] ?? '');
}

/**
 * The authority's endpoints as a browser and MSAL call them, for an emulator at `url()` (read late: tests
 * start the emulator in beforeAll). `graph` is the Graph resource scopes are qualified with.
 */
export function authorityClient(url: () => string) {
  const authorize = (params: Record<string, string>, cookie?: string) => {
    const query = new URLSearchParams({
      client_id: TEST_CLIENT,
      redirect_uri: TEST_REDIRECT,
      response_type: 'code',
      scope: `${url()}/User.Read openid profile offline_access`,
      ...params,
    });
    return fetch(`${url()}/organizations/oauth2/v2.0/authorize?${query}`, {
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    });
  };
  const token = (form: Record<string, string>) =>
    fetch(`${url()}/organizations/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost:5173' },
      body: new URLSearchParams({ client_id: TEST_CLIENT, ...form }),
    });
  return {
    authorize,
    /** Withdraws the app's consent for scopes through the control API (`answer`: how silent renewals then fail). */
    revokeConsent: (clientId: string, revoke: string[], answer?: 'omit') =>
      fetch(`${url()}/__emulator/consent`, {
        method: 'POST',
        body: JSON.stringify({ clientId, revoke, ...(answer ? { answer } : {}) }),
      }),
    /** A form posted back to authorize, as the persona, consent and MFA pages do. */
    answer: (params: Record<string, string>) =>
      fetch(`${url()}/organizations/oauth2/v2.0/authorize`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: TEST_CLIENT,
          redirect_uri: TEST_REDIRECT,
          response_type: 'code',
          ...params,
        }),
      }),
    /** The authority's session cookie after an interactive sign-in (the login hint picks the persona). */
    async sessionCookie(persona: string): Promise<string> {
      const { challenge } = pkce();
      const first = await authorize({
        code_challenge: challenge,
        code_challenge_method: 'S256',
        login_hint: persona,
      });
      return (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    redeem: (code: string, verifier: string, client = TEST_CLIENT) =>
      token({
        grant_type: 'authorization_code',
        client_id: client,
        code,
        redirect_uri: TEST_REDIRECT,
        code_verifier: verifier,
      }),
    refresh: (client: string, refreshToken: string, scope: string, claims?: string) =>
      token({
        grant_type: 'refresh_token',
        client_id: client,
        refresh_token: refreshToken,
        scope,
        ...(claims ? { claims } : {}),
      }),
  };
}
