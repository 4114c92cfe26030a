import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { userWhere } from '../../testing/tenant-picks.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 100 });
});
afterAll(() => emulator.close());

/** Signs a persona in through the authority and returns its refresh token. */
async function refreshTokenFor(persona: string): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const query = new URLSearchParams({
    client_id: 'c',
    redirect_uri: 'http://localhost:5173/redirect.html',
    response_type: 'code',
    scope: 'openid offline_access',
    login_hint: persona,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  const authorize = await fetch(`${emulator.url}/organizations/oauth2/v2.0/authorize?${query}`, {
    redirect: 'manual',
  });
  const code = new URLSearchParams((authorize.headers.get('location') ?? '').split('#')[1]).get('code') ?? '';
  const tokens = await fetch(`${emulator.url}/organizations/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'c',
      code,
      redirect_uri: 'http://localhost:5173/redirect.html',
      code_verifier: verifier,
    }),
  });
  return ((await tokens.json()) as { refresh_token: string }).refresh_token;
}

const refresh = (token: string) =>
  fetch(`${emulator.url}/organizations/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'c', refresh_token: token }),
  });

describe('revokeSignInSessions', () => {
  it('answers 200 with an Edm.Boolean and stops earlier refresh tokens', async () => {
    const before = await refreshTokenFor('no-role');
    emulator.state.clock.setNow(Date.now() + 1000);
    const nestor = userWhere(emulator, (u) => u.displayName === 'Nestor Wilke');
    const revoked = await emulator.graph(`/v1.0/users/${nestor.id}/revokeSignInSessions`, {
      token: await emulator.token('helpdesk'),
      method: 'POST',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.value).toBe(true);
    const response = await refresh(before);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error_codes: number[] }).error_codes).toEqual([50173]);
    emulator.state.clock.reset();
  });

  it('follows the reset-password target rules: the helpdesk cannot revoke an admin, the privileged helpdesk can', async () => {
    const admin = userWhere(emulator, (u) => u.displayName === 'Adele Vance');
    expectGraphError(
      await emulator.graph(`/v1.0/users/${admin.id}/revokeSignInSessions`, {
        token: await emulator.token('helpdesk'),
        method: 'POST',
      }),
      403,
      'Authorization_RequestDenied',
    );
    expect(
      (
        await emulator.graph(`/v1.0/users/${admin.id}/revokeSignInSessions`, {
          token: await emulator.token('privileged-helpdesk'),
          method: 'POST',
        })
      ).status,
    ).toBe(200);
    expectGraphError(
      await emulator.graph('/v1.0/me/revokeSignInSessions', {
        token: await emulator.token('no-role'),
        method: 'POST',
      }),
      403,
      'Authorization_RequestDenied',
    );
  });
});
