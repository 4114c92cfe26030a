import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorityClient,
  fragmentOf,
  pkce,
  TEST_CLIENT,
  TEST_REDIRECT,
} from '../testing/authority-client.ts';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

let emulator: TestEmulator;
// This cloud's Graph resource: the emulator's own origin (authority/scopes.ts).
let GRAPH: string;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 200 });
  GRAPH = emulator.url;
});
afterAll(() => emulator.close());

const REDIRECT = TEST_REDIRECT;
const CLIENT = TEST_CLIENT;
const { authorize, sessionCookie, redeem, refresh, revokeConsent } = authorityClient(() => emulator.url);

describe('authority', () => {
  it('publishes OpenID metadata whose endpoints and keys MSAL can use', async () => {
    const meta = (await (
      await fetch(`${emulator.url}/organizations/v2.0/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    for (const key of [
      'issuer',
      'authorization_endpoint',
      'token_endpoint',
      'jwks_uri',
      'end_session_endpoint',
    ])
      expect(meta[key]).toMatch(/^http/);
    expect(new URL(meta.issuer as string).host).toBe(new URL(emulator.url).host);
    const keys = (await (await fetch(meta.jwks_uri as string)).json()) as {
      keys: { kid: string; kty: string; d?: string }[];
    };
    expect(keys.keys[0]?.kty).toBe('RSA');
    expect(keys.keys[0]?.d).toBeUndefined();
  });

  it('shows the persona page without a login_hint', async () => {
    const { challenge } = pkce();
    const response = await authorize({ code_challenge: challenge, code_challenge_method: 'S256' });
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const id of [
      'helpdesk',
      'privileged-helpdesk',
      'security-lead',
      'global-reader',
      'global-admin',
      'no-role',
    ])
      expect(html).toContain(`data-persona="${id}"`);
  });

  it('runs the code flow with PKCE: nonce echoed, client_info, tokens signed by the published key', async () => {
    const { verifier, challenge } = pkce();
    const response = await authorize({
      code_challenge: challenge,
      code_challenge_method: 'S256',
      login_hint: 'security-lead',
      nonce: 'n-123',
      state: 's-1',
    });
    expect(response.status).toBe(302);
    const fragment = fragmentOf(response);
    expect(fragment.get('state')).toBe('s-1');
    const clientInfo = JSON.parse(Buffer.from(fragment.get('client_info') ?? '', 'base64url').toString()) as {
      uid: string;
      utid: string;
    };
    expect(clientInfo.utid).toBe(emulator.state.tenant.id);

    const tokenResponse = await redeem(fragment.get('code') ?? '', verifier);
    expect(tokenResponse.status).toBe(200);
    expect(tokenResponse.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const tokens = (await tokenResponse.json()) as Record<string, string>;
    const id = decodeJwt(tokens.id_token as string);
    expect(id).toMatchObject({
      nonce: 'n-123',
      aud: CLIENT,
      oid: clientInfo.uid,
      tid: clientInfo.utid,
      preferred_username: `lidiah@${emulator.state.tenant.domain}`,
    });
    const jwks = createRemoteJWKSet(
      new URL(`${emulator.url}/${emulator.state.tenant.id}/discovery/v2.0/keys`),
    );
    const { payload } = await jwtVerify(tokens.access_token as string, jwks, {
      audience: emulator.url,
    });
    expect(payload.scp).toBe('User.Read');
    expect(payload.wids).toEqual([
      '5d6b6bb7-de71-4623-b4af-96380a352509',
      '4a5d8f65-41da-4de4-8968-e035b65339cf',
    ]);
    expect(tokens.refresh_token).toBeTruthy();

    // The code is single-use.
    const again = await redeem(fragment.get('code') ?? '', verifier);
    expect(again.status).toBe(400);
  });

  it('refuses a code redeemed with the wrong verifier, as Entra does', async () => {
    const { challenge } = pkce();
    const code =
      fragmentOf(
        await authorize({ code_challenge: challenge, code_challenge_method: 'S256', login_hint: 'helpdesk' }),
      ).get('code') ?? '';
    const response = await redeem(code, 'not-the-verifier');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; error_codes: number[] };
    expect(body.error).toBe('invalid_grant');
    expect(body.error_codes).toEqual([501481]);
  });

  it('requires PKCE and a registered redirect URI', async () => {
    const noPkce = await authorize({ login_hint: 'helpdesk' });
    expect(fragmentOf(noPkce).get('error')).toBe('invalid_request');
    const query = new URLSearchParams({
      client_id: CLIENT,
      redirect_uri: 'https://evil.example/cb',
      response_type: 'code',
    });
    const foreign = await fetch(`${emulator.url}/organizations/oauth2/v2.0/authorize?${query}`, {
      redirect: 'manual',
    });
    expect(foreign.status).toBe(400);
  });

  async function signedInRefreshToken(client = CLIENT) {
    const { verifier, challenge } = pkce();
    const code =
      fragmentOf(
        await authorize({
          client_id: client,
          code_challenge: challenge,
          code_challenge_method: 'S256',
          login_hint: 'global-admin',
        }),
      ).get('code') ?? '';
    const redeemed = await redeem(code, verifier, client);
    return ((await redeemed.json()) as { refresh_token: string }).refresh_token;
  }

  // entra-docs identity-platform/claims-challenge.md: the capability travels in the claims parameter, merged
  // with a challenge's claims, and the token says it with "xms_cc".
  it('issues a token marked xms_cc to a client that declares CP1 in the claims parameter', async () => {
    const claims = JSON.stringify({
      access_token: { xms_cc: { values: ['CP1'] }, nbf: { essential: true, value: '1' } },
    });
    const capable = (await (
      await refresh(CLIENT, await signedInRefreshToken(), `${GRAPH}/User.Read`, claims)
    ).json()) as { access_token: string };
    expect(decodeJwt(capable.access_token).xms_cc).toEqual(['cp1']);
    const plain = (await (
      await refresh(CLIENT, await signedInRefreshToken(), `${GRAPH}/User.Read`)
    ).json()) as {
      access_token: string;
    };
    expect(decodeJwt(plain.access_token)).not.toHaveProperty('xms_cc');
  });

  // Graph docs, concepts/deployments.md: a token of one cloud is not accepted by another's Graph. This
  // emulator's Graph is the resource at its own origin; the global cloud's is a resource it does not know.
  it("refuses scopes of another cloud's Graph as Entra refuses an unknown resource (AADSTS500011)", async () => {
    const foreign = 'https://graph.microsoft.com/AuditLog.Read.All offline_access';
    const refused = await refresh(CLIENT, await signedInRefreshToken(), foreign);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid_resource', error_codes: [500011] });
    const { challenge } = pkce();
    const page = await authorize({
      code_challenge: challenge,
      code_challenge_method: 'S256',
      login_hint: 'security-lead',
      scope: `${foreign} openid`,
    });
    expect(fragmentOf(page).get('error')).toBe('invalid_resource');
    expect(fragmentOf(page).get('error_description')).toMatch(
      /^AADSTS500011: .*https:\/\/graph\.microsoft\.com/,
    );
  });

  it('issues tokens for its own Graph resource, or for Graph named by its app id', async () => {
    const byAppId = (await (
      await refresh(CLIENT, await signedInRefreshToken(), '00000003-0000-0000-c000-000000000000/User.Read')
    ).json()) as { access_token: string };
    expect(decodeJwt(byAppId.access_token)).toMatchObject({ aud: emulator.url, scp: 'User.Read' });
  });

  it('renews through the refresh token with new scopes the app is consented for', async () => {
    const tokens = (await (
      await refresh(CLIENT, await signedInRefreshToken(), `${GRAPH}/AuditLog.Read.All offline_access`)
    ).json()) as { access_token: string; scope: string };
    expect(decodeJwt(tokens.access_token).scp).toBe('AuditLog.Read.All');
    expect(tokens.scope).toContain(`${GRAPH}/AuditLog.Read.All`);
  });

  it('answers AADSTS65001 consent_required for a scope without consent, or omits it when so configured', async () => {
    const client = 'consent-client';
    const refreshToken = await signedInRefreshToken(client);
    const asked = `${GRAPH}/AuditLog.Read.All ${GRAPH}/Mail.Send`;
    const refused = await refresh(client, refreshToken, asked);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: string; suberror: string; error_codes: number[] };
    expect(body).toMatchObject({
      error: 'invalid_grant',
      suberror: 'consent_required',
      error_codes: [65001],
    });

    await revokeConsent(client, ['AuditLog.Read.All'], 'omit');
    const omitted = (await (await refresh(client, refreshToken, asked)).json()) as { access_token: string };
    expect(decodeJwt(omitted.access_token).scp).toBe('');
  });

  it('shows the consent page for revoked scopes, answers consent_required when silent, and grants on accept', async () => {
    const client = 'revoked-client';
    await revokeConsent(client, ['User.Read']);
    const { challenge } = pkce();
    const base = { client_id: client, code_challenge: challenge, code_challenge_method: 'S256' };
    const cookie = await sessionCookie('helpdesk');
    const silent = await authorize({ ...base, login_hint: 'helpdesk', prompt: 'none' }, cookie);
    expect(fragmentOf(silent).get('error')).toBe('consent_required');

    const page = await authorize({ ...base, login_hint: 'helpdesk' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Permissions requested');
    expect(html).toContain('<code>User.Read</code>');

    const form = new URLSearchParams({
      redirect_uri: REDIRECT,
      response_type: 'code',
      scope: `${GRAPH}/User.Read openid profile offline_access`,
      ...base,
      persona: 'helpdesk',
    });
    const post = (consent: string) =>
      fetch(`${emulator.url}/organizations/oauth2/v2.0/authorize`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `${form.toString()}&consent=${consent}`,
      });
    expect(fragmentOf(await post('cancel')).get('error')).toBe('access_denied');
    expect(fragmentOf(await post('accept')).get('code')).toBeTruthy();
    const again = await authorize({ ...base, login_hint: 'helpdesk', prompt: 'none' }, cookie);
    expect(fragmentOf(again).get('code')).toBeTruthy();
  });

  it('answers prompt=none from the sign-in session, and login_required without one', async () => {
    const { challenge } = pkce();
    const none = await authorize({
      code_challenge: challenge,
      code_challenge_method: 'S256',
      prompt: 'none',
    });
    expect(fragmentOf(none).get('error')).toBe('login_required');
    const first = await authorize({
      code_challenge: challenge,
      code_challenge_method: 'S256',
      login_hint: 'no-role',
    });
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const query = new URLSearchParams({
      client_id: CLIENT,
      redirect_uri: REDIRECT,
      response_type: 'code',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      prompt: 'none',
    });
    const silent = await fetch(`${emulator.url}/organizations/oauth2/v2.0/authorize?${query}`, {
      redirect: 'manual',
      headers: { cookie },
    });
    expect(fragmentOf(silent).get('code')).toBeTruthy();
  });

  // entra-docs configure-user-consent.md and grant-admin-consent.md: a user consents only to permissions that
  // need no administrator; an admin-only one takes a Global, Privileged Role, Cloud Application or
  // Application Administrator, for the organisation.
  it('refuses consent to an admin-only permission from a non-admin (AADSTS90094), and takes it from an admin', async () => {
    const client = 'admin-only-client';
    await revokeConsent(client, ['AuditLog.Read.All']);
    const { challenge } = pkce();
    const params = {
      client_id: client,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      scope: `${GRAPH}/AuditLog.Read.All openid`,
    };
    const refused = await authorize({ ...params, login_hint: 'security-lead' });
    const html = await refused.text();
    expect(html).toContain('Need admin approval');
    expect(html).toContain('AADSTS90094');
    const accept = (persona: string) =>
      fetch(`${emulator.url}/organizations/oauth2/v2.0/authorize`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          ...params,
          redirect_uri: REDIRECT,
          response_type: 'code',
          persona,
          consent: 'accept',
        }),
      });
    const forced = fragmentOf(await accept('security-lead'));
    expect(forced.get('error')).toBe('access_denied');
    expect(forced.get('error_description')).toMatch(/^AADSTS90094/);

    const page = await (await authorize({ ...params, login_hint: 'global-admin' })).text();
    expect(page).toContain('on behalf of your organisation');
    expect(fragmentOf(await accept('global-admin')).get('code')).toBeTruthy();
    // Granted for the organisation: the non-admin now gets a code without a page.
    expect(fragmentOf(await authorize({ ...params, login_hint: 'security-lead' })).get('code')).toBeTruthy();
  });

  it('answers prompt=none only from a live session of the user the login hint names', async () => {
    const { challenge } = pkce();
    const silent = { code_challenge: challenge, code_challenge_method: 'S256', prompt: 'none' };
    // A hint alone is no session (Entra: AADSTS50058).
    expect(fragmentOf(await authorize({ ...silent, login_hint: 'helpdesk' })).get('error')).toBe(
      'login_required',
    );
    const cookie = await sessionCookie('helpdesk');
    expect(
      fragmentOf(await authorize({ ...silent, login_hint: 'helpdesk' }, cookie)).get('code'),
    ).toBeTruthy();
    expect(fragmentOf(await authorize({ ...silent, login_hint: 'no-role' }, cookie)).get('error')).toBe(
      'interaction_required',
    );
  });

  it("ends the user's browser sessions when their sign-in sessions are revoked", async () => {
    const { challenge } = pkce();
    const silent = { code_challenge: challenge, code_challenge_method: 'S256', prompt: 'none' };
    const cookie = await sessionCookie('global-reader');
    expect(fragmentOf(await authorize(silent, cookie)).get('code')).toBeTruthy();
    await fetch(`${emulator.url}/__emulator/revoke`, {
      method: 'POST',
      body: JSON.stringify({ persona: 'global-reader' }),
    });
    expect(fragmentOf(await authorize(silent, cookie)).get('error')).toBe('login_required');
  });

  it('logs out by clearing the session and returning to the app', async () => {
    const response = await fetch(
      `${emulator.url}/organizations/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('http://localhost:5173/')}`,
      { redirect: 'manual' },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://localhost:5173/');
    expect(response.headers.get('set-cookie')).toContain('Max-Age=0');
  });
});
