import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

let emulator: TestEmulator;
let token: string;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 100 });
  token = await emulator.token('global-admin');
});
afterAll(() => emulator.close());

const batch = (requests: unknown[], version = 'v1.0') =>
  emulator.graph(`/${version}/$batch`, { token, method: 'POST', body: { requests } });

describe('$batch', () => {
  it('runs each request and answers 200 with per-request status, headers and body, correlated by id', async () => {
    const response = await batch([
      { id: '1', method: 'GET', url: '/me' },
      {
        id: '2',
        method: 'GET',
        url: "/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='all',includedUserRoles='all')",
      },
      { id: '3', method: 'GET', url: 'users/nobody@nowhere.example/authentication/methods' },
    ]);
    expect(response.status).toBe(200);
    const byId = Object.fromEntries(response.body.responses.map((r: { id: string }) => [r.id, r]));
    expect(byId['1']).toMatchObject({ status: 200, body: { displayName: 'Adele Vance' } });
    expect(byId['1'].headers['Content-Type']).toContain('application/json');
    expect(byId['2'].body.totalUserCount).toBeGreaterThan(0);
    expect(byId['3']).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } });
  });

  it('fails dependants of a failed request with 424 and runs writes with bodies', async () => {
    const user = emulator.state.tenant.users.find(
      (u) => u.roles.length === 0 && !u.methods.some((m) => m.kind === 'email'),
    ) as { id: string };
    const response = await batch([
      { id: 'a', method: 'GET', url: '/users/missing/authentication/methods' },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
      {
        id: 'c',
        method: 'POST',
        url: `/users/${user.id}/authentication/emailMethods`,
        headers: { 'Content-Type': 'application/json' },
        body: { emailAddress: 'x@fabrikam.com' },
      },
    ]);
    const byId = Object.fromEntries(response.body.responses.map((r: { id: string }) => [r.id, r]));
    expect(byId.b.status).toBe(424);
    expect(byId.c.status).toBe(201);
  });

  it('rejects a malformed batch whole: over 20 requests, duplicate ids, a body without Content-Type, absolute URLs', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expectGraphError(await batch(many), 400, 'BadRequest');
    expectGraphError(
      await batch([
        { id: 'x', method: 'GET', url: '/me' },
        { id: 'X', method: 'GET', url: '/me' },
      ]),
      400,
      'BadRequest',
    );
    expectGraphError(await batch([{ id: '1', method: 'POST', url: '/me', body: {} }]), 400, 'BadRequest');
    expectGraphError(
      await batch([{ id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' }]),
      400,
      'BadRequest',
    );
    expectGraphError(
      await emulator.graph('/v1.0/$batch', { token, method: 'POST', body: 'nope' }),
      400,
      'BadRequest',
    );
  });

  it('needs a valid token for the batch itself', async () => {
    expectGraphError(
      await emulator.graph('/v1.0/$batch', {
        method: 'POST',
        body: { requests: [{ id: '1', method: 'GET', url: '/me' }] },
      }),
      401,
      'InvalidAuthenticationToken',
    );
  });
});

describe('throttling', () => {
  it('answers 429 past 5 report calls in 10 seconds, with Retry-After and Graph’s body; other apps are unaffected', async () => {
    const limited = await startTestEmulator({
      users: 50,
      throttle: {
        reports: { limit: 5, windowMs: 10_000 },
        directory: { limit: undefined, windowMs: 10_000 },
      },
    });
    const lead = await limited.token('security-lead');
    const path =
      "/v1.0/reports/authenticationMethods/usersRegisteredByMethod(includedUserTypes='all',includedUserRoles='all')";
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await limited.graph(path, { token: lead })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const throttled = await limited.graph(path, { token: lead });
    expectGraphError(throttled, 429, 'TooManyRequests');
    expect(throttled.body.error.innerError).toMatchObject({ code: '429', status: '429' });
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled.headers.get('access-control-expose-headers')).not.toContain('Retry-After');

    // Inside a batch, each request counts and each gets its own 429.
    const inner = await limited.graph('/v1.0/$batch', {
      token: lead,
      method: 'POST',
      body: { requests: [{ id: '1', method: 'GET', url: path.replace('/v1.0', '') }] },
    });
    expect(inner.status).toBe(200);
    expect(inner.body.responses[0].status).toBe(429);
    expect(inner.body.responses[0].headers['Retry-After']).toBeDefined();

    // After the window, requests go through again.
    limited.state.clock.setNow(Date.now() + 11_000);
    expect((await limited.graph(path, { token: await limited.token('security-lead') })).status).toBe(200);
    await limited.close();
  });

  it('charges directory requests in resource units and reports them', async () => {
    const response = await emulator.graph('/v1.0/me', { token });
    expect(response.headers.get('x-ms-resource-unit')).toMatch(/^\d+$/);
  });
});

describe('fault injection through the control API', () => {
  const control = (path: string, body?: unknown, method = 'POST') =>
    fetch(`${emulator.url}/__emulator/${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('fails the next N matching requests, then lets them through', async () => {
    await control('faults', { path: '^/me$', status: 503, count: 2 });
    expectGraphError(await emulator.graph('/v1.0/me', { token }), 503, 'serviceNotAvailable');
    const second = await emulator.graph('/v1.0/me', { token });
    expect(second.headers.get('retry-after')).toBe('2');
    expect((await emulator.graph('/v1.0/me', { token })).status).toBe(200);
  });

  it('sends 429 without Retry-After, malformed JSON, or drops the connection', async () => {
    await control('faults', {
      faults: [
        { path: '^/me$', status: 429, retryAfter: null },
        { path: '^/me$', malformedJson: true },
        { path: '^/me$', drop: true },
      ],
    });
    const throttled = await emulator.graph('/v1.0/me', { token });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBeNull();
    const malformed = await fetch(`${emulator.url}/v1.0/me`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toThrow();
    // The drop comes after the headers: the answer starts, then the connection dies mid-body.
    const dropped = await fetch(`${emulator.url}/v1.0/me`, { headers: { Authorization: `Bearer ${token}` } });
    await expect(dropped.text()).rejects.toThrow();
    expect((await emulator.graph('/v1.0/me', { token })).status).toBe(200);
  });

  it('matches on method, adds latency, and validates rules', async () => {
    await control('faults', { path: '^/me$', method: 'DELETE', status: 500 });
    expect((await emulator.graph('/v1.0/me', { token })).status).toBe(200);
    await control('faults', undefined, 'DELETE');
    await control('faults', { path: '^/me$', latencyMs: 150 });
    const started = Date.now();
    expect((await emulator.graph('/v1.0/me', { token })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await control('faults', { path: '(' })).status).toBe(400);
  });

  it('moves the clock, sets the licence and resizes the tenant', async () => {
    const clock = (await (await control('clock', { now: '2027-01-31T12:00:00Z' })).json()) as { now: string };
    // The clock keeps running from the time it was set to.
    expect(Date.parse(clock.now) - Date.parse('2027-01-31T12:00:00Z')).toBeLessThan(1000);
    await control('clock', {});
    await control('licence', { tier: 'free' });
    const lead = await emulator.token('security-lead');
    expectGraphError(
      await emulator.graph('/v1.0/reports/authenticationMethods/usersRegisteredByFeature()', { token: lead }),
      403,
      'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    );
    const resized = (await (await control('tenant', { users: 250 })).json()) as { users: number };
    expect(resized.users).toBe(250);
    await control('reset');
    expect(emulator.state.tenant.tier).toBe('p2');
  });
});

describe('run-time options', () => {
  it('switches unconfirmed behaviour through the control API, and refuses unknown or mistyped options', async () => {
    const set = (body: unknown) =>
      fetch(`${emulator.url}/__emulator/options`, { method: 'POST', body: JSON.stringify(body) });
    expect((await set({ legacyReports: 'notFound' })).status).toBe(200);
    const lead = await emulator.token('security-lead');
    expect(
      (await emulator.graph("/beta/reports/getCredentialUsageSummary(period='D7')", { token: lead })).status,
    ).toBe(404);
    expect((await set({ legacyReports: 'serve' })).status).toBe(200);
    expect((await set({ port: 1 })).status).toBe(400);
    expect((await set({ shuffleBatchResponses: 'yes' })).status).toBe(400);
  });
});
