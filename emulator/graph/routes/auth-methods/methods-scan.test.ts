import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canManageMethodsOf } from '../../../tenant/admin-targets.ts';
import { startTestEmulator, type TestEmulator } from '../../../testing/test-emulator.ts';

/** What a cohort scan sends: per-user method lists, 20 to a beta $batch (docs/graph-notes.md §4.1, §7, §8.3). */
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({
    users: 60,
    throttle: { reports: { limit: 0, windowMs: 10_000 }, directory: { limit: 25, windowMs: 10_000 } },
  });
});
afterAll(() => emulator.close());

const methodsBatch = (ids: string[]) => ({
  requests: ids.map((id, i) => ({
    id: String(i),
    method: 'GET',
    url: `/users/${id}/authentication/methods`,
  })),
});

describe('scanning users’ methods in batches', () => {
  it('answers each user’s methods with types and last-used dates, one resource unit each, and 429s past the limit', async () => {
    const token = await emulator.token('privileged-helpdesk');
    const users = emulator.state.tenant.users.slice(0, 20);
    const first = await emulator.graph('/beta/$batch', {
      token,
      method: 'POST',
      body: methodsBatch(users.map((u) => u.id)),
    });
    expect(first.status).toBe(200);
    for (const response of first.body.responses) {
      expect(response.status).toBe(200);
      expect(response.headers['x-ms-resource-unit']).toBe('1');
      const user = users[Number(response.id)];
      expect(response.body.value).toHaveLength(user?.methods.length ?? -1);
      for (const method of response.body.value) {
        expect(method['@odata.type']).toMatch(/^#microsoft\.graph\.\w+AuthenticationMethod$/);
        expect(method).toHaveProperty('lastUsedDateTime');
      }
    }
    // The limit is 25 units per 10 s here: 5 more go through, the other 15 are refused, each with Retry-After.
    const second = await emulator.graph('/beta/$batch', {
      token,
      method: 'POST',
      body: methodsBatch(users.map((u) => u.id)),
    });
    const statuses = second.body.responses.map((r: { status: number }) => r.status);
    expect(statuses.filter((s: number) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s: number) => s === 429)).toHaveLength(15);
    const throttled = second.body.responses.find((r: { status: number }) => r.status === 429);
    expect(Number(throttled.headers['Retry-After'])).toBeGreaterThan(0);
    expect(throttled.body.error.code).toBe('TooManyRequests');
  });

  it('deletes inside a batch with 204, then 404 for the same method, and 403 for a target out of reach', async () => {
    emulator.state.throttle.reset();
    emulator.state.throttle.settings = {
      reports: { limit: 0, windowMs: 10_000 },
      directory: { limit: 0, windowMs: 10_000 },
    };
    const { delegation } = emulator.state.tenant;
    const megan = emulator.state.tenant.users.find((u) => u.displayName === 'Megan Bowen');
    const user = emulator.state.tenant.users.find(
      (u) => megan && canManageMethodsOf(megan, u, delegation) && u.methods.some((m) => m.kind === 'fido2'),
    );
    const admin = emulator.state.tenant.users.find(
      (u) => megan && !canManageMethodsOf(megan, u, delegation) && u.methods.some((m) => m.kind === 'fido2'),
    );
    const key = user?.methods.find((m) => m.kind === 'fido2');
    const adminKey = admin?.methods.find((m) => m.kind === 'fido2');
    if (!user || !key || !admin || !adminKey) throw new Error('tenant has no user with a key');
    const privileged = await emulator.token('privileged-helpdesk');
    const del = (id: string, methodId: string) => ({
      id: methodId,
      method: 'DELETE',
      url: `/users/${id}/authentication/fido2Methods/${encodeURIComponent(methodId)}`,
    });
    const once = await emulator.graph('/v1.0/$batch', {
      token: privileged,
      method: 'POST',
      body: { requests: [del(user.id, key.id)] },
    });
    expect(once.body.responses[0].status).toBe(204);
    const twice = await emulator.graph('/v1.0/$batch', {
      token: privileged,
      method: 'POST',
      body: { requests: [del(user.id, key.id)] },
    });
    expect(twice.body.responses[0].status).toBe(404);
    const helpdesk = await emulator.token('helpdesk');
    const refused = await emulator.graph(
      `/v1.0/users/${admin.id}/authentication/fido2Methods/${encodeURIComponent(adminKey.id)}`,
      { token: helpdesk, method: 'DELETE' },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('Authorization_RequestDenied');
  });
});
