import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../tenant/model.ts';
import { personaUpn, findPersona } from '../tenant/personas.ts';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

// entra-docs conditional-access/concept-continuous-access-evaluation.md (the critical events) and
// identity-platform/claims-challenge.md (only clients that declare CP1 receive claims challenges).
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 200 });
});
afterAll(() => emulator.close());

async function mint(persona: string, cp1: boolean, appId = `cae-${persona}-${cp1}`) {
  const response = await fetch(`${emulator.url}/__emulator/token`, {
    method: 'POST',
    body: JSON.stringify({ persona, cp1, appId }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

function userOf(persona: string) {
  const { tenant } = emulator.state;
  return findUser(tenant, personaUpn(findPersona(persona, tenant.domain)!, tenant.domain))!;
}

function expectClaimsChallenge(response: { status: number; headers: Headers }) {
  expect(response.status).toBe(401);
  const header = response.headers.get('www-authenticate') ?? '';
  expect(header).toMatch(/error="insufficient_claims"/);
  const claims = JSON.parse(atob(/claims="([^"]+)"/.exec(header)![1]!)) as {
    access_token: { nbf: { essential: boolean; value: string } };
  };
  expect(claims.access_token.nbf.essential).toBe(true);
  expect(response.headers.get('access-control-expose-headers')).toMatch(/WWW-Authenticate/);
}

describe('continuous access evaluation', () => {
  it('marks the token of a client that declared CP1 with xms_cc, and no other', async () => {
    const payload = (token: string) =>
      JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    expect(payload(await mint('no-role', true)).xms_cc).toEqual(['cp1']);
    expect(payload(await mint('no-role', false))).not.toHaveProperty('xms_cc');
  });

  it("challenges a CP1 client's token at once when the user's sessions are revoked; others keep working", async () => {
    const capable = await mint('global-reader', true);
    const plain = await mint('global-reader', false);
    await fetch(`${emulator.url}/__emulator/revoke`, {
      method: 'POST',
      body: JSON.stringify({ persona: 'global-reader' }),
    });
    expectClaimsChallenge(await emulator.graph('/v1.0/me', { token: capable }));
    expect((await emulator.graph('/v1.0/me', { token: plain })).status).toBe(200);
    // A token issued after the revocation is not challenged.
    expect((await emulator.graph('/v1.0/me', { token: await mint('global-reader', true) })).status).toBe(200);
  });

  it("challenges a CP1 client's token when the account is disabled; others keep working until they expire", async () => {
    const capable = await mint('security-lead', true);
    const plain = await mint('security-lead', false);
    const user = userOf('security-lead');
    user.accountEnabled = false;
    try {
      expectClaimsChallenge(await emulator.graph('/v1.0/me', { token: capable }));
      expect((await emulator.graph('/v1.0/me', { token: plain })).status).toBe(200);
    } finally {
      user.accountEnabled = true;
    }
  });

  it('sends an injected claims challenge to CP1 clients only, as Graph does', async () => {
    await fetch(`${emulator.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ appId: 'fault-app', path: '^/me$', claimsChallenge: true, count: 1 }),
    });
    const plain = await mint('no-role', false, 'fault-app');
    expect((await emulator.graph('/v1.0/me', { token: plain })).status).toBe(200);
    const capable = await mint('no-role', true, 'fault-app');
    expectClaimsChallenge(await emulator.graph('/v1.0/me', { token: capable }));
    expect((await emulator.graph('/v1.0/me', { token: capable })).status).toBe(200);
  });
});
