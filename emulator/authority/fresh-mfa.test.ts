import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityClient, fragmentOf, pkce, TEST_CLIENT } from '../testing/authority-client.ts';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

// Graph docs whats-new-overview.md (January 2026) and the authentication methods API overview: credential
// writes need MFA within the last 10 minutes; apps answer the 403 with an interactive request for
// {"access_token":{"amr":{"essential":true,"values":["ngcmfa"]}}}.
const STEP_UP = JSON.stringify({ access_token: { amr: { essential: true, values: ['ngcmfa'] } } });
const MISSING = '00000000-0000-4000-8000-00000000dead';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 200 });
});
afterAll(() => emulator.close());
const { answer, authorize, redeem, refresh, sessionCookie } = authorityClient(() => emulator.url);

/** A member the helpdesk persona may act on, and a write that changes nothing once allowed (404). */
async function deleteMissingKey(token: string, user = 'me') {
  const path = user === 'me' ? '/v1.0/me' : `/v1.0/users/${user}`;
  return emulator.graph(`${path}/authentication/fido2Methods/${MISSING}`, { token, method: 'DELETE' });
}

/** A member without admin roles, not a persona: an administrator's write, not self-service. */
async function aMember(): Promise<string> {
  const me = (await emulator.graph('/v1.0/me', { token: await emulator.token('helpdesk') })).body as {
    id: string;
  };
  return emulator.state.tenant.users.find(
    (u) => u.userType === 'member' && u.roles.length === 0 && u.id !== me.id && u.accountEnabled,
  )!.id;
}

describe("Graph's fresh-MFA rule for credential writes", () => {
  it('refuses a write whose sign-in had no MFA, or MFA over 10 minutes ago; reads are unaffected', async () => {
    const member = await aMember();
    const none = await emulator.token('helpdesk', undefined, null);
    const stale = await emulator.token('helpdesk', undefined, 11);
    const fresh = await emulator.token('helpdesk', undefined, 9);
    expect((await deleteMissingKey(none, member)).status).toBe(403);
    expect((await deleteMissingKey(stale, member)).status).toBe(403);
    expect((await deleteMissingKey(fresh, member)).status).toBe(404);
    const read = await emulator.graph(`/v1.0/users/${member}/authentication/methods`, { token: none });
    expect(read.status).toBe(200);
  });

  it('covers a password reset, whose route authorizes on its own', async () => {
    const member = await aMember();
    const reset = (token: string) =>
      emulator.graph(
        `/beta/users/${member}/authentication/passwordMethods/28c10230-6103-485e-b985-444c60001490/resetPassword`,
        { token, method: 'POST', body: { newPassword: 42 } },
      );
    expect((await reset(await emulator.token('helpdesk', undefined, null))).status).toBe(403);
    expect((await reset(await emulator.token('helpdesk'))).status).toBe(400);
  });

  it('applies to self-service and administrators by default; each narrower reading is a switch', async () => {
    const member = await aMember();
    const none = await emulator.token('helpdesk', undefined, null);
    expect((await deleteMissingKey(none)).status).toBe(403);
    emulator.state.options.freshMfaForCredentialWrites = 'selfService';
    try {
      expect((await deleteMissingKey(none)).status).toBe(403);
      expect((await deleteMissingKey(none, member)).status).toBe(404);
      emulator.state.options.freshMfaForCredentialWrites = 'off';
      expect((await deleteMissingKey(none)).status).toBe(404);
    } finally {
      emulator.state.options.freshMfaForCredentialWrites = 'everyone';
    }
  });

  it('still refuses a missing role first: fresh MFA does not stand in for one', async () => {
    const member = await aMember();
    const reader = await emulator.token('global-reader');
    const refused = await deleteMissingKey(reader, member);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/Insufficient privileges/);
  });
});

describe("the authority's MFA step", () => {
  const ask = (extra: Record<string, string>, cookie?: string) => {
    const { verifier, challenge } = pkce();
    return {
      verifier,
      response: authorize(
        { code_challenge: challenge, code_challenge_method: 'S256', claims: STEP_UP, ...extra },
        cookie,
      ),
    };
  };

  it('asks for MFA when the claims name ngcmfa, and issues a token Graph accepts for a write once approved', async () => {
    const shown = await (await ask({ login_hint: 'helpdesk' }).response).text();
    expect(shown).toContain('data-mfa="approve"');

    const { verifier, challenge } = pkce();
    const scope = `${emulator.url}/UserAuthenticationMethod.ReadWrite.All openid offline_access`;
    const approved = await answer({
      scope,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      claims: STEP_UP,
      persona: 'helpdesk',
      mfa: 'approve',
    });
    const code = fragmentOf(approved).get('code')!;
    const tokens = (await (await redeem(code, verifier)).json()) as {
      access_token: string;
      refresh_token: string;
    };
    expect(decodeJwt(tokens.access_token).amr).toEqual(['pwd', 'mfa']);
    expect((await deleteMissingKey(tokens.access_token, await aMember())).status).toBe(404);

    // The refresh token carries the MFA: a renewal with the same claims needs no user within the window.
    const renewed = await refresh(TEST_CLIENT, tokens.refresh_token, scope, STEP_UP);
    expect(renewed.status).toBe(200);
  });

  it('cannot ask silently: prompt=none and a refresh token without recent MFA answer AADSTS50076', async () => {
    const cookie = await sessionCookie('helpdesk');
    const silent = fragmentOf(await ask({ prompt: 'none' }, cookie).response);
    expect(silent.get('error')).toBe('interaction_required');
    expect(silent.get('error_description')).toMatch(/^AADSTS50076/);

    const { verifier, challenge } = pkce();
    const signedIn = fragmentOf(
      await authorize({ code_challenge: challenge, code_challenge_method: 'S256', login_hint: 'helpdesk' }),
    );
    const { refresh_token } = (await (await redeem(signedIn.get('code')!, verifier)).json()) as {
      refresh_token: string;
    };
    const renewed = await refresh(TEST_CLIENT, refresh_token, `${emulator.url}/User.Read`, STEP_UP);
    expect(renewed.status).toBe(400);
    const body = (await renewed.json()) as { error: string; error_codes: number[]; suberror: string };
    expect(body).toMatchObject({ error: 'invalid_grant', error_codes: [50076], suberror: 'basic_action' });
  });

  it("ends the sign-in when the user cannot approve (AADSTS500121), as Entra's cancel does", async () => {
    const { challenge } = pkce();
    const refused = await answer({
      code_challenge: challenge,
      code_challenge_method: 'S256',
      claims: STEP_UP,
      persona: 'helpdesk',
      mfa: 'cancel',
    });
    expect(fragmentOf(refused).get('error')).toBe('access_denied');
    expect(fragmentOf(refused).get('error_description')).toMatch(/^AADSTS500121/);
  });

  it('counts an interactive sign-in as MFA when the tenant requires it at sign-in (mfaAtSignIn)', async () => {
    emulator.state.options.mfaAtSignIn = true;
    try {
      const { verifier, challenge } = pkce();
      const picked = await answer({
        scope: `${emulator.url}/User.Read openid`,
        code_challenge: challenge,
        code_challenge_method: 'S256',
        persona: 'helpdesk',
      });
      const tokens = (await (await redeem(fragmentOf(picked).get('code')!, verifier)).json()) as {
        access_token: string;
      };
      expect(decodeJwt(tokens.access_token).amr).toEqual(['pwd', 'mfa']);
    } finally {
      emulator.state.options.mfaAtSignIn = false;
    }
  });
});
