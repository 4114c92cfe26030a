import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { userWhere } from '../../testing/tenant-picks.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';
import type { AuthMethod, TenantUser } from '../../tenant/model.ts';
import { appendSignIn } from '../../tenant/sign-in-log.ts';

// The sign-in log (signin-list.md, beta resources/signin.md, authenticationdetail.md): made from what each user
// holds and has used, paged newest first, kept 30 days, for the sign-in reader roles on a P1/P2 tenant.
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 300 });
});
beforeEach(() => emulator.state.reset());
afterAll(() => emulator.close());

const DAY = 86_400_000;
const READ = ['AuditLog.Read.All', 'Directory.Read.All'];
interface Step {
  authenticationMethod: string;
  authenticationStepRequirement: string;
  succeeded: boolean;
}
interface SignIn {
  id: string;
  status: { errorCode: number; failureReason: string };
  createdDateTime: string;
  userId: string;
  isInteractive: boolean;
  authenticationRequirement: string;
  authenticationDetails?: Step[];
}
const signIns = async (query = '', version = 'beta', persona = 'security-lead', scopes = READ) =>
  emulator.graph(`/${version}/auditLogs/signIns${query}`, { token: await emulator.token(persona, scopes) });
const q = (filter: string, extra = '') => `?$filter=${encodeURIComponent(filter)}${extra}`;

// What each authenticationMethod string may stand for, restated from the docs for the test.
const KINDS: Record<string, AuthMethod['kind'][]> = {
  Password: ['password'],
  SMS: ['phone'],
  Voice: ['phone'],
  'Mobile app notification': ['microsoftAuthenticator'],
  'Passwordless phone sign-in': ['microsoftAuthenticator'],
  'OATH verification code': ['softwareOath'],
  'FIDO2 security key': ['fido2'],
  'Windows Hello for Business': ['windowsHelloForBusiness'],
  'Platform Credential': ['platformCredential'],
  'Temporary Access Pass': ['temporaryAccessPass'],
};

async function allOf(user: TenantUser): Promise<SignIn[]> {
  const rows: SignIn[] = [];
  let next: string | undefined = `/beta/auditLogs/signIns${q(`userId eq '${user.id}'`, '&$top=20')}`;
  const token = await emulator.token('security-lead', READ);
  while (next) {
    const page = await emulator.graph(next.replace(/^https?:\/\/[^/]+/, ''), { token });
    expect(page.status).toBe(200);
    rows.push(...page.body.value);
    next = page.body['@odata.nextLink'];
  }
  return rows;
}

const lastUse = (u: TenantUser) =>
  Math.max(...u.methods.map((m) => (m.lastUsedDateTime ? Date.parse(m.lastUsedDateTime) : -Infinity)));

describe('GET /auditLogs/signIns', () => {
  it('gives a user only sign-ins with methods they hold, after creation, never after their last use', async () => {
    const now = emulator.state.clock.now();
    const user = userWhere(
      emulator,
      (u) =>
        u.userType === 'member' && lastUse(u) > now - 5 * DAY && u.methods.some((m) => m.kind === 'fido2'),
    );
    const rows = await allOf(user);
    expect(rows.length).toBeGreaterThan(3);
    const times = rows.map((r) => r.createdDateTime);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) {
      const at = Date.parse(row.createdDateTime);
      expect(row.userId).toBe(user.id);
      expect(row.isInteractive).toBe(true);
      expect(at).toBeLessThanOrEqual(lastUse(user));
      expect(now - at).toBeLessThanOrEqual(30 * DAY);
      for (const step of row.authenticationDetails ?? []) {
        if (step.authenticationMethod === 'Previously satisfied') continue;
        const used = user.methods.filter((m) => KINDS[step.authenticationMethod]?.includes(m.kind));
        expect(used.length, step.authenticationMethod).toBeGreaterThan(0);
        expect(used.some((m) => !m.createdDateTime || Date.parse(m.createdDateTime) <= at)).toBe(true);
      }
    }
    // Each method Graph says was last used in the window has its sign-in at that moment.
    for (const m of user.methods) {
      const used = m.lastUsedDateTime ? Date.parse(m.lastUsedDateTime) : NaN;
      if (m.kind === 'email' || !(now - used < 30 * DAY)) continue;
      expect(times).toContain(new Date(used).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    }
  });

  it('keeps authenticationDetails to beta, and pages the whole tenant newest first without a gap', async () => {
    const now = emulator.state.clock.now();
    const since = new Date(now - 2 * DAY).toISOString();
    const v1 = await signIns(q(`createdDateTime ge ${since}`, '&$top=5'), 'v1.0');
    expect(v1.status).toBe(200);
    expect(v1.body.value[0].authenticationDetails).toBeUndefined();
    const whole = (await signIns(q(`createdDateTime ge ${since}`))).body.value as SignIn[];
    expect(whole.length).toBeGreaterThan(40);
    const paged: SignIn[] = [];
    let next: string | undefined = `/beta/auditLogs/signIns${q(`createdDateTime ge ${since}`, '&$top=37')}`;
    const token = await emulator.token('security-lead', READ);
    while (next) {
      const page = await emulator.graph(next.replace(/^https?:\/\/[^/]+/, ''), { token });
      paged.push(...page.body.value);
      next = page.body['@odata.nextLink'];
    }
    expect(paged.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    for (const r of whole) expect(Date.parse(r.createdDateTime)).toBeGreaterThanOrEqual(Date.parse(since));
  });

  it('has failed sign-ins and MFA met by the token among them, never at a method’s last use', async () => {
    const now = emulator.state.clock.now();
    const filter = (f: string) => q(`createdDateTime ge ${new Date(now - 7 * DAY).toISOString()} and ${f}`);
    const badPassword = (await signIns(filter('status/errorCode eq 50126'))).body.value as SignIn[];
    const mfaFailed = (await signIns(filter('status/errorCode eq 500121'))).body.value as SignIn[];
    const ok = (await signIns(filter('status/errorCode eq 0'))).body.value as SignIn[];
    expect(badPassword.length).toBeGreaterThan(0);
    expect(mfaFailed.length).toBeGreaterThan(0);
    // A wrong password: the first step failed, no second followed.
    for (const row of badPassword) {
      expect(row.authenticationDetails).toEqual([
        expect.objectContaining({ authenticationMethod: 'Password', succeeded: false }),
      ]);
      expect(row.status.failureReason).toMatch(/Invalid username or password/);
    }
    // A failed second factor: the password succeeded, the second step did not.
    for (const row of mfaFailed)
      expect(row.authenticationDetails!.map((d) => d.succeeded)).toEqual([true, false]);
    const satisfied = ok.filter((r) =>
      r.authenticationDetails!.some((d) => d.authenticationMethod === 'Previously satisfied'),
    );
    expect(satisfied.length).toBeGreaterThan(0);
    for (const row of satisfied) expect(row.authenticationRequirement).toBe('multiFactorAuthentication');
    // Graph's last use of each method is a success using it.
    const failedAt = new Set([...badPassword, ...mfaFailed].map((r) => `${r.userId}@${r.createdDateTime}`));
    for (const u of emulator.state.tenant.users)
      for (const m of u.methods) {
        const used = m.lastUsedDateTime ? Date.parse(m.lastUsedDateTime) : NaN;
        if (!(now - used < 7 * DAY)) continue;
        expect(failedAt.has(`${u.id}@${new Date(used).toISOString().replace(/\.\d{3}Z$/, 'Z')}`)).toBe(false);
      }
  });

  it('shows a sign-in appended through the control API first, with its method', async () => {
    const user = userWhere(emulator, (u) => u.methods.some((m) => m.kind === 'phone'));
    const phone = user.methods.find((m) => m.kind === 'phone')!;
    const now = emulator.state.clock.now();
    appendSignIn(emulator.state.tenant, user, phone, now - 60_000, true);
    const [latest] = await allOf(user);
    expect(latest!.authenticationDetails!.map((s) => s.authenticationMethod)).toEqual(['Password', 'SMS']);
    expect(latest!.authenticationRequirement).toBe('multiFactorAuthentication');
  });

  it('keeps 30 days, refuses what the docs do not list, and needs both permissions, a role and P1', async () => {
    const old = await signIns(
      q(`createdDateTime le ${new Date(emulator.state.clock.now() - 31 * DAY).toISOString()}`),
    );
    expect(old.body.value).toEqual([]);
    expect((await signIns('?$orderby=createdDateTime desc&$top=1')).status).toBe(200);
    // A bound includes its own instant: the newest sign-in is found by its own time, with ge, le or eq.
    const [newest] = (await signIns('?$top=1')).body.value as SignIn[];
    for (const op of ['ge', 'le', 'eq'])
      expect(
        ((await signIns(q(`createdDateTime ${op} ${newest!.createdDateTime}`))).body.value as SignIn[]).map(
          (r) => r.id,
        ),
      ).toContain(newest!.id);
    expect((await signIns('?$orderby=createdDateTime asc&$top=1')).status).toBe(400);
    expectGraphError(await signIns(q(`userId eq 'a' or userId eq 'b'`)), 400, 'Request_UnsupportedQuery');
    expectGraphError(await signIns(q(`riskLevel eq 'high'`)), 400, 'BadRequest');
    expectGraphError(
      await signIns('', 'beta', 'security-lead', ['AuditLog.Read.All']),
      403,
      'Authorization_RequestDenied',
    );
    expectGraphError(await signIns('', 'beta', 'helpdesk'), 403, 'Authorization_RequestDenied');
    expect((await signIns('?$top=1', 'beta', 'global-reader')).status).toBe(200);
    emulator.state.tenant.tier = 'free';
    emulator.state.options.auditLogsOnFree = true;
    expectGraphError(await signIns(), 403, 'Authentication_RequestFromNonPremiumTenantOrB2CTenant');
  });
});
