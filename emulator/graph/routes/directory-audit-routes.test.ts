import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { userWhere } from '../../testing/tenant-picks.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';
import type { TenantUser } from '../../tenant/model.ts';

// The directory audit log's Authentication Methods events (directoryaudit-list.md, resources/directoryaudit.md,
// reference-audit-activities.md), live with every method write.
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 300 });
});
beforeEach(() => emulator.state.reset());
afterAll(() => emulator.close());

const READ = ['AuditLog.Read.All', 'Directory.Read.All'];
const audits = async (query = '', persona = 'security-lead', scopes = READ) =>
  emulator.graph(`/v1.0/auditLogs/directoryAudits${query}`, { token: await emulator.token(persona, scopes) });
const q = (filter: string) => `?$filter=${encodeURIComponent(filter)}`;
const withKey = () =>
  userWhere(
    emulator,
    (u: TenantUser) =>
      u.roles.length === 0 && u.userType === 'member' && u.methods.some((m) => m.kind === 'fido2'),
  );

async function deleteKey(user: TenantUser, headers?: Record<string, string>) {
  const key = user.methods.find((m) => m.kind === 'fido2')!;
  const token = await emulator.token('privileged-helpdesk', ['UserAuthenticationMethod.ReadWrite.All']);
  const deleted = await emulator.graph(`/v1.0/users/${user.id}/authentication/fido2Methods/${key.id}`, {
    token,
    method: 'DELETE',
    headers,
  });
  expect(deleted.status).toBe(204);
}

describe('GET /auditLogs/directoryAudits', () => {
  it('records a deleted key as "Admin deleted security info", the operator and app as initiator', async () => {
    const user = withKey();
    await deleteKey(user);
    const listed = await audits(
      q(`loggedByService eq 'Authentication Methods' and targetResources/any(t:t/id eq '${user.id}')`),
    );
    expect(listed.status).toBe(200);
    const [latest] = listed.body.value;
    const helpdesk = emulator.state.tenant.users.find((u) => u.userPrincipalName.startsWith('pradeepg@'));
    expect(latest).toMatchObject({
      activityDisplayName: 'Admin deleted security info',
      category: 'UserManagement',
      loggedByService: 'Authentication Methods',
      result: 'success',
      resultReason: 'Admin deleted Fido2 Authentication Method',
      operationType: 'Delete',
      initiatedBy: { user: { id: helpdesk?.id, userPrincipalName: helpdesk?.userPrincipalName } },
      targetResources: [{ id: user.id, type: 'User', userPrincipalName: user.userPrincipalName }],
    });
    expect(latest.initiatedBy.app.appId).toBeTruthy();
    // Newest first, and the seeded registrations of the tenant are there too.
    const all = (await audits()).body.value;
    expect(all[0].id).toBe(latest.id);
    const times = all.map((e: { activityDateTime: string }) => e.activityDateTime);
    expect([...times].sort().reverse()).toEqual(times);
    expect(
      all.some(
        (e: { activityDisplayName: string }) => e.activityDisplayName === 'User registered security info',
      ),
    ).toBe(true);
  });

  it('gives the client’s user agent on beta only, as the write sent it', async () => {
    const user = withKey();
    const agent = '<img src=x onerror=alert(1)> Chrome/131';
    await deleteKey(user, { 'User-Agent': agent });
    const filter = q(`targetResources/any(t:t/id eq '${user.id}')`);
    const token = await emulator.token('security-lead', READ);
    const beta = (await emulator.graph(`/beta/auditLogs/directoryAudits${filter}`, { token })).body.value;
    const v1 = (await audits(filter)).body.value;
    expect(beta[0]).toMatchObject({ activityDisplayName: 'Admin deleted security info', userAgent: agent });
    // The seeded changes came from browsers too.
    const seeded = (await emulator.graph('/beta/auditLogs/directoryAudits?$top=50', { token })).body.value;
    expect(seeded.slice(1).every((e: { userAgent: string }) => e.userAgent.startsWith('Mozilla/5.0 ('))).toBe(
      true,
    );
    expect(v1[0].id).toBe(beta[0].id);
    expect(v1.every((e: object) => !('userAgent' in e))).toBe(true);
  });

  it('filters by initiator, activity and date, pages with $top and a nextLink, and keeps 30 days', async () => {
    const user = withKey();
    const helpdesk = emulator.state.tenant.users.find((u) => u.userPrincipalName.startsWith('pradeepg@'))!;
    const count = async (filter: string) => (await audits(q(filter))).body.value.length;
    const byId = `initiatedBy/user/id eq '${helpdesk.id}'`;
    const byUpn = `startswith(initiatedBy/user/userPrincipalName,'PRADEEPG')`;
    const admins = `startswith(activityDisplayName,'Admin')`;
    const before = [await count(byId), await count(byUpn), await count(admins)];
    await deleteKey(user);
    // Each filter finds the one new event; the sign-in name's start matches whatever its case.
    expect([await count(byId), await count(byUpn), await count(admins)]).toEqual(before.map((n) => n + 1));
    const named = await audits(
      q(`targetResources/any(t:startswith(t/displayName,'${user.displayName.slice(0, 4)}'))`),
    );
    expect(
      named.body.value.some(
        (e: { targetResources: { id: string }[] }) => e.targetResources[0]!.id === user.id,
      ),
    ).toBe(true);
    expect((await audits(q(`result eq 'failure'`))).body.value).toEqual([]);
    const now = emulator.state.clock.now();
    const old = await audits(q(`activityDateTime le ${new Date(now - 31 * 86_400_000).toISOString()}`));
    expect(old.body.value).toEqual([]);
    const first = await audits('?$top=2');
    expect(first.body.value).toHaveLength(2);
    const next = first.body['@odata.nextLink'] as string;
    expect(next).toContain('$skiptoken=');
    const second = await emulator.graph(next.replace(/^https?:\/\/[^/]+/, ''), {
      token: await emulator.token('security-lead', READ),
    });
    expect(second.body.value[0].id).not.toBe(first.body.value[1].id);
  });

  it('logs a write made before the log was ever read once, as the write, not also as a seeded registration', async () => {
    const user = userWhere(
      emulator,
      (u) =>
        u.roles.length === 0 &&
        u.userType === 'member' &&
        !u.methods.some((m) => m.kind === 'temporaryAccessPass'),
    );
    const token = await emulator.token('helpdesk', ['UserAuthenticationMethod.ReadWrite.All']);
    const issued = await emulator.graph(`/v1.0/users/${user.id}/authentication/temporaryAccessPassMethods`, {
      token,
      method: 'POST',
      body: {},
    });
    expect(issued.status).toBe(201);
    const events = (await audits(q(`targetResources/any(t:t/id eq '${user.id}')`))).body.value;
    const passes = events.filter((e: { resultReason: string }) =>
      /temporary access pass/.test(e.resultReason),
    );
    expect(passes.map((e: { activityDisplayName: string }) => e.activityDisplayName)).toEqual([
      'Admin registered security info',
    ]);
  });

  it('seeds passes issued by the helpdesk in the admin center, and one clean-up of office phones', async () => {
    // A tenant big enough to hold passes (one user in 200 has one).
    const big = await startTestEmulator({ users: 3000 });
    try {
      const list = async (filter: string) =>
        (
          await big.graph(`/v1.0/auditLogs/directoryAudits${q(filter)}`, {
            token: await big.token('security-lead', READ),
          })
        ).body.value as { targetResources: { id: string }[] }[];
      const { users } = big.state.tenant;
      const meganb = users.find((u) => u.userPrincipalName.startsWith('meganb@'))!;
      const taps = users.filter((u) => u.methods.some((m) => m.kind === 'temporaryAccessPass'));
      expect(taps.length).toBeGreaterThan(0);
      const issued = await list(`activityDisplayName eq 'Admin registered security info'`);
      expect(issued.map((e) => e.targetResources[0]!.id).sort()).toEqual(taps.map((u) => u.id).sort());
      expect(issued[0]).toMatchObject({
        resultReason: 'Admin registered temporary access pass method',
        initiatedBy: { user: { id: meganb.id }, app: { displayName: 'Azure Portal' } },
      });
      const cleanUp = await list(`activityDisplayName eq 'Admin deleted security info'`);
      const targets = new Set(cleanUp.map((e) => e.targetResources[0]!.id));
      expect([cleanUp.length, targets.size]).toEqual([8, 8]);
      for (const id of targets) expect(users.find((u) => u.id === id)?.roles).toEqual([]);
    } finally {
      await big.close();
    }
  });

  it('refuses what Graph does not take: unknown filter properties, or, $select', async () => {
    expectGraphError(await audits(q(`resultReason eq 'x'`)), 400, 'BadRequest');
    expectGraphError(
      await audits(q(`activityDisplayName eq 'a' or activityDisplayName eq 'b'`)),
      400,
      'Request_UnsupportedQuery',
    );
    expect((await audits('?$select=id')).status).toBe(400);
  });

  it('needs AuditLog.Read.All and Directory.Read.All, a reader role, and a P1/P2 tenant', async () => {
    expectGraphError(
      await audits('', 'security-lead', ['AuditLog.Read.All']),
      403,
      'Authorization_RequestDenied',
    );
    expectGraphError(await audits('', 'helpdesk'), 403, 'Authorization_RequestDenied');
    expect((await audits('', 'global-reader')).status).toBe(200);
    emulator.state.tenant.tier = 'free';
    expectGraphError(await audits(), 403, 'Authentication_RequestFromNonPremiumTenantOrB2CTenant');
    emulator.state.options.auditLogsOnFree = true;
    try {
      const free = await audits();
      expect(free.status).toBe(200);
      const now = emulator.state.clock.now();
      for (const e of free.body.value)
        expect(now - Date.parse(e.activityDateTime)).toBeLessThanOrEqual(7 * 86_400_000);
    } finally {
      emulator.state.options.auditLogsOnFree = false;
    }
  });
});
