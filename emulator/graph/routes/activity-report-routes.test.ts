import type {
  UserEventsSummary,
  UserMfaSignInSummary,
  UserRegistrationActivitySummary,
  UserSignInUsageByAuthMethodActivity,
} from '@microsoft/microsoft-graph-types-beta';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

const ROOT = '/beta/reports/authenticationMethods';
const ACTIVITY = (period: string) => `${ROOT}/userRegistrationActivity(period='${period}')`;
const SIGN_INS = (period: string) => `${ROOT}/userSignInsByAuthMethodSummary(period='${period}')`;
const EVENTS = `${ROOT}/userEventsSummary`;
const MFA = `${ROOT}/userMfaSignInSummary`;
const PREFER = { Prefer: 'include-unknown-enum-members' };
const DAY = 86_400_000;
/** Graph's items carry @odata.type, which the generated types leave out. */
type Typed<T> = T & { '@odata.type'?: string };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// docs/graph-notes.md §3.9, written out here so the tests do not trust the emulator's own lists.
const LEGACY_MEMBERS = [
  'email',
  'mobileSMS',
  'mobileCall',
  'officePhone',
  'securityQuestion',
  'appNotification',
  'appCode',
  'alternateMobileCall',
  'fido',
  'appPassword',
  'unknownFutureValue',
];
const EVOLVABLE_MEMBERS = [
  'externalAuthMethod',
  'hardwareOneTimePasscode',
  'windowsHelloForBusiness',
  'microsoftAuthenticatorPasswordless',
  'temporaryAccessPass',
  'macOsSecureEnclaveKey',
  'passKeyDeviceBound',
  'passKeyDeviceBoundAuthenticator',
  'passKeyDeviceBoundWindowsHello',
  'softwareOneTimePasscode',
  'microsoftAuthenticatorPush',
  'mobilePhone',
  'sms',
  'alternateMobilePhone',
  'fido2SecurityKey',
  'oneTimePasscode',
  'passKeySynced',
];

let emulator: TestEmulator;
let lead: string;
let allEvents: Typed<UserEventsSummary>[];

async function pageAll<T>(first: string, token: string, headers?: Record<string, string>) {
  const items: T[] = [];
  let pages = 0;
  for (let next: string | undefined = first; next; pages++) {
    const page: { status: number; body: any } = await emulator.graph(next, { token, headers });
    expect(page.status).toBe(200);
    items.push(...(page.body.value as T[]));
    next = page.body['@odata.nextLink'];
  }
  return { items, pages };
}

const total = (rows: UserRegistrationActivitySummary[]) =>
  rows.reduce((sum, r) => sum + (r.successfulActivityCount ?? 0) + (r.failureActivityCount ?? 0), 0);

/** Moves the clock and mints a token valid at the new time (tokens are checked against the clock). */
async function at(instant: number): Promise<string> {
  emulator.state.clock.setNow(instant);
  return emulator.token('security-lead');
}

const generatedAt = () => Date.parse(emulator.state.tenant.generatedAt);

beforeAll(async () => {
  emulator = await startTestEmulator({ users: 700 });
  lead = await emulator.token('security-lead');
  allEvents = (await pageAll<UserEventsSummary>(EVENTS, lead, PREFER)).items;
});
afterEach(() => emulator.state.clock.reset());
afterAll(() => emulator.close());

describe('access to the usage reports', () => {
  const paths = [ACTIVITY('d7'), SIGN_INS('d7'), EVENTS, MFA];

  it('lets report readers in and keeps helpdesk and role-less users out', async () => {
    for (const path of paths) {
      for (const persona of ['security-lead', 'global-reader', 'global-admin'])
        expect((await emulator.graph(path, { token: await emulator.token(persona) })).status).toBe(200);
      for (const persona of ['helpdesk', 'no-role'])
        expectGraphError(
          await emulator.graph(path, { token: await emulator.token(persona) }),
          403,
          'Authorization_RequestDenied',
        );
    }
  });

  it('needs AuditLog.Read.All: Reports.Read.All alone is the legacy scope', async () => {
    for (const scopes of [['User.Read'], ['Reports.Read.All']]) {
      const token = await emulator.token('security-lead', scopes);
      for (const path of paths)
        expectGraphError(await emulator.graph(path, { token }), 403, 'Authorization_RequestDenied');
    }
  });

  it('answers the licence error in a tenant without P1', async () => {
    emulator.state.tenant.tier = 'free';
    try {
      for (const path of paths)
        expectGraphError(
          await emulator.graph(path, { token: lead }),
          403,
          'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
        );
    } finally {
      emulator.state.tenant.tier = 'p2';
    }
  });

  it('exists in beta only', async () => {
    for (const path of paths)
      expectGraphError(
        await emulator.graph(path.replace('/beta/', '/v1.0/'), { token: lead }),
        400,
        'BadRequest',
      );
  });
});

describe('userRegistrationActivity', () => {
  it('lists every method per feature with Int64 counts, as the docs sample does', async () => {
    const response = await emulator.graph(ACTIVITY('d30'), { token: lead, headers: PREFER });
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(
      `${emulator.url}/beta/$metadata#Collection(microsoft.graph.userRegistrationActivitySummary)`,
    );
    const rows: Typed<UserRegistrationActivitySummary>[] = response.body.value;
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([
        '@odata.type',
        'authMethod',
        'failureActivityCount',
        'feature',
        'id',
        'successfulActivityCount',
      ]);
      expect(row['@odata.type']).toBe('#microsoft.graph.userRegistrationActivitySummary');
      expect(row.id).toMatch(GUID);
      expect(['registration', 'reset']).toContain(row.feature);
      expect([...LEGACY_MEMBERS, ...EVOLVABLE_MEMBERS]).toContain(row.authMethod);
      expect(Number.isInteger(row.successfulActivityCount)).toBe(true);
      expect(Number.isInteger(row.failureActivityCount)).toBe(true);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => `${r.feature}:${r.authMethod}`)).size).toBe(rows.length);
    expect(rows.filter((r) => r.feature === 'reset').map((r) => r.authMethod)).toContain('email');
    expect(rows.some((r) => r.successfulActivityCount === 0 && r.failureActivityCount === 0)).toBe(true);
    // Ids are stable across calls.
    const again = await emulator.graph(ACTIVITY('d1'), { token: lead, headers: PREFER });
    expect(again.body.value.map((r: UserRegistrationActivitySummary) => r.id)).toEqual(rows.map((r) => r.id));
  });

  it('counts exactly the events userEventsSummary lists for the last 30 days', async () => {
    const rows: UserRegistrationActivitySummary[] = (
      await emulator.graph(ACTIVITY('d30'), { token: lead, headers: PREFER })
    ).body.value;
    expect(total(rows)).toBe(allEvents.length);
    for (const row of rows) {
      const events = allEvents.filter((e) => e.feature === row.feature && e.authMethod === row.authMethod);
      expect(row.successfulActivityCount).toBe(events.filter((e) => e.isSuccess).length);
      expect(row.failureActivityCount).toBe(events.filter((e) => !e.isSuccess).length);
    }
  });

  it('cuts d1, d7 and d30 windows that end at the emulator clock', async () => {
    const totals = async (token: string) => {
      const out: number[] = [];
      for (const period of ['d1', 'd7', 'd30'])
        out.push(total((await emulator.graph(ACTIVITY(period), { token, headers: PREFER })).body.value));
      return out;
    };
    const [d1 = 0, d7 = 0, d30 = 0] = await totals(lead);
    expect(d1).toBeLessThanOrEqual(d7);
    expect(d7).toBeLessThan(d30);

    // Ten days back: the window (now - 1 day, now] holds exactly the events stamped in it.
    const back = generatedAt() - 10 * DAY;
    const token = await at(back);
    const [pastD1, , pastD30 = 0] = await totals(token);
    const stamped = allEvents.filter((e) => {
      const t = Date.parse(e.eventDateTime ?? '');
      return t > back - DAY && t <= back;
    });
    expect(pastD1).toBe(stamped.length);
    expect(pastD30).toBeLessThan(d30);
    expect(pastD30).toBe((await pageAll<UserEventsSummary>(EVENTS, token)).items.length);

    // Forty days on, everything has aged out.
    expect(await totals(await at(generatedAt() + 40 * DAY))).toEqual([0, 0, 0]);
  });

  it('rejects a missing or invalid period with 400', async () => {
    for (const path of [
      ACTIVITY('d2'),
      ACTIVITY('D7'),
      ACTIVITY('unknownFutureValue'),
      `${ROOT}/userRegistrationActivity`,
      `${ROOT}/userRegistrationActivity()`,
      `${ROOT}/userRegistrationActivity(period='d1',feature='reset')`,
      `${ROOT}/userRegistrationActivity(period=d1)`,
    ])
      expectGraphError(await emulator.graph(path, { token: lead }), 400, 'BadRequest');
    // Clients that percent-encode the quotes still work.
    expect(
      (await emulator.graph(`${ROOT}/userRegistrationActivity(period=%27d1%27)`, { token: lead })).status,
    ).toBe(200);
  });

  it('filters on feature, authMethod and the counts; other options are 400', async () => {
    const get = (query: string) =>
      emulator.graph(`${ACTIVITY('d30')}?${query}`, { token: lead, headers: PREFER });
    const resets: UserRegistrationActivitySummary[] = (await get("$filter=feature eq 'reset'")).body.value;
    expect(resets.length).toBeGreaterThan(0);
    expect(resets.every((r) => r.feature === 'reset')).toBe(true);
    const sms = (await get("$filter=authMethod eq microsoft.graph.usageAuthMethod'mobileSMS'")).body.value;
    expect(sms.map((r: UserRegistrationActivitySummary) => r.feature).sort()).toEqual([
      'registration',
      'reset',
    ]);
    const busy = (await get('$filter=failureActivityCount gt 0')).body.value;
    expect(busy.every((r: UserRegistrationActivitySummary) => (r.failureActivityCount ?? 0) > 0)).toBe(true);
    expectGraphError(await get("$filter=feature eq 'signIn'"), 400, 'BadRequest');
    for (const query of ['$top=5', '$orderby=feature', '$skip=1', '$count=true', '$select=id'])
      expectGraphError(await get(query), 400, 'BadRequest');
  });
});

describe('evolvable usageAuthMethod members', () => {
  it('become unknownFutureValue unless the caller sends Prefer: include-unknown-enum-members', async () => {
    const strict: UserRegistrationActivitySummary[] = (await emulator.graph(ACTIVITY('d30'), { token: lead }))
      .body.value;
    expect(strict.every((r) => LEGACY_MEMBERS.includes(r.authMethod ?? ''))).toBe(true);
    expect(strict.some((r) => r.authMethod === 'unknownFutureValue')).toBe(true);

    const opted: UserRegistrationActivitySummary[] = (
      await emulator.graph(ACTIVITY('d30'), {
        token: lead,
        headers: { Prefer: 'odata.maxpagesize=50, Include-Unknown-Enum-Members' },
      })
    ).body.value;
    expect(opted.map((r) => r.authMethod)).toEqual(
      expect.arrayContaining(['fido2SecurityKey', 'windowsHelloForBusiness', 'passKeySynced']),
    );
    expect(opted.some((r) => r.authMethod === 'unknownFutureValue')).toBe(false);
    // Same rows, same counts: only the serialization differs.
    expect(strict.map((r) => r.id)).toEqual(opted.map((r) => r.id));
    expect(total(strict)).toBe(total(opted));
  });

  it('apply to userEventsSummary too, while $filter still matches the real member', async () => {
    const evolvable = allEvents.filter((e) => EVOLVABLE_MEMBERS.includes(e.authMethod ?? ''));
    expect(evolvable.length).toBeGreaterThan(0);
    const strict = (await pageAll<UserEventsSummary>(EVENTS, lead)).items;
    expect(strict.filter((e) => e.authMethod === 'unknownFutureValue')).toHaveLength(evolvable.length);
    const method = evolvable[0]?.authMethod ?? '';
    const filtered = await emulator.graph(`${EVENTS}?$filter=authMethod eq '${method}'`, { token: lead });
    expect(filtered.body.value.length).toBe(allEvents.filter((e) => e.authMethod === method).length);
    expect(filtered.body.value.every((e: UserEventsSummary) => e.authMethod === 'unknownFutureValue')).toBe(
      true,
    );
  });

  it('are sent to everyone with strictEvolvableEnums off, as the docs samples show', async () => {
    const lax = await startTestEmulator({ users: 700, strictEvolvableEnums: false });
    try {
      const response = await lax.graph(ACTIVITY('d30'), { token: await lax.token('security-lead') });
      const methods = response.body.value.map((r: UserRegistrationActivitySummary) => r.authMethod);
      expect(methods).toContain('fido2SecurityKey');
      expect(methods).not.toContain('unknownFutureValue');
    } finally {
      await lax.close();
    }
  });
});

describe('userSignInsByAuthMethodSummary', () => {
  it('lists successful sign-ins for every method, password and smsSignIn included', async () => {
    const response = await emulator.graph(SIGN_INS('d30'), { token: lead });
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(
      `${emulator.url}/beta/$metadata#Collection(microsoft.graph.userSignInUsageByAuthMethodActivity)`,
    );
    const rows: Typed<UserSignInUsageByAuthMethodActivity>[] = response.body.value;
    expect(rows.map((r) => r.authenticationMethod)).toEqual(
      expect.arrayContaining([
        'password',
        'sms',
        'smsSignIn',
        'microsoftAuthenticatorPush',
        'passKeyDeviceBound',
      ]),
    );
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([
        '@odata.type',
        'authenticationMethod',
        'successActivityCount',
      ]);
      expect(row['@odata.type']).toBe('#microsoft.graph.userSignInUsageByAuthMethodActivity');
      expect(Number.isInteger(row.successActivityCount)).toBe(true);
    }
    const password = rows.find((r) => r.authenticationMethod === 'password');
    expect(password?.successActivityCount).toBeGreaterThan(0);
  });

  it('grows with the period and agrees with the daily MFA summary', async () => {
    // Mid-hour, so the two requests below cannot straddle an hourly bucket boundary.
    const token = await at(Math.floor(generatedAt() / 3_600_000) * 3_600_000 - 30 * 60_000);
    const count = async (period: string) => {
      const rows: UserSignInUsageByAuthMethodActivity[] = (await emulator.graph(SIGN_INS(period), { token }))
        .body.value;
      return new Map(rows.map((r) => [r.authenticationMethod, r.successActivityCount ?? 0]));
    };
    const [d1, d7, d30] = [await count('d1'), await count('d7'), await count('d30')];
    for (const [method, n] of d30) {
      expect(d1.get(method) ?? 0).toBeLessThanOrEqual(d7.get(method) ?? 0);
      expect(d7.get(method) ?? 0).toBeLessThanOrEqual(n);
    }
    // Every sign-in has exactly one first factor: password, SMS sign-in or a passwordless method.
    const secondFactors = [
      'sms',
      'mobilePhone',
      'alternateMobilePhone',
      'officePhone',
      'microsoftAuthenticatorPush',
      'oneTimePasscode',
    ];
    const firstFactors = [...d30]
      .filter(([m]) => !secondFactors.includes(m ?? ''))
      .reduce((s, [, n]) => s + n, 0);
    const days: UserMfaSignInSummary[] = (await emulator.graph(MFA, { token })).body.value;
    expect(days.reduce((s, d) => s + (d.totalSignIns ?? 0), 0)).toBe(firstFactors);
    const strong = [...d30]
      .filter(([m]) => !['password', 'smsSignIn'].includes(m ?? ''))
      .reduce((s, [, n]) => s + n, 0);
    expect(days.reduce((s, d) => s + (d.multiFactorSignIns ?? 0), 0)).toBe(strong);
  });

  it('takes no query options and needs a valid period', async () => {
    expectGraphError(await emulator.graph(`${SIGN_INS('d1')}?$top=2`, { token: lead }), 400, 'BadRequest');
    expectGraphError(await emulator.graph(SIGN_INS('D1'), { token: lead }), 400, 'BadRequest');
    expectGraphError(await emulator.graph(SIGN_INS('d90'), { token: lead }), 400, 'BadRequest');
  });
});

describe('userEventsSummary', () => {
  it('returns events in the documented shape, newest first', async () => {
    expect(allEvents.length).toBeGreaterThan(30);
    const users = new Map(emulator.state.tenant.users.map((u) => [u.userPrincipalName, u]));
    for (const event of allEvents) {
      expect(Object.keys(event).sort()).toEqual([
        '@odata.type',
        'authMethod',
        'eventDateTime',
        'failureReason',
        'feature',
        'id',
        'isSuccess',
        'userDisplayName',
        'userPrincipalName',
      ]);
      expect(event['@odata.type']).toBe('#microsoft.graph.userEventsSummary');
      expect(event.id).toMatch(GUID);
      expect(['registration', 'reset']).toContain(event.feature);
      expect(event.eventDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(event.isSuccess).toBe(event.failureReason === '');
      expect(users.get(event.userPrincipalName ?? '')?.displayName).toBe(event.userDisplayName);
    }
    const times = allEvents.map((e) => Date.parse(e.eventDateTime ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(allEvents.map((e) => e.id)).size).toBe(allEvents.length);
    expect(allEvents.some((e) => e.feature === 'reset')).toBe(true);
    expect(allEvents.some((e) => !e.isSuccess)).toBe(true);
  });

  it('pages with $top through @odata.nextLink to the end, each event once', async () => {
    const { items, pages } = await pageAll<UserEventsSummary>(`${EVENTS}?$top=7`, lead, PREFER);
    expect(items.map((e) => e.id)).toEqual(allEvents.map((e) => e.id));
    expect(pages).toBe(Math.ceil(allEvents.length / 7));
    const first = await emulator.graph(`${EVENTS}?$top=7`, { token: lead });
    const link = new URL(first.body['@odata.nextLink']);
    expect(link.searchParams.get('$top')).toBe('7');
    const token = link.searchParams.get('$skiptoken') ?? '';
    expectGraphError(
      await emulator.graph(`${EVENTS}?$top=8&$skiptoken=${token}`, { token: lead }),
      400,
      'BadRequest',
    );
  });

  it('filters on each documented property', async () => {
    const check = async (filter: string, expected: (e: UserEventsSummary) => boolean) => {
      const { items } = await pageAll<UserEventsSummary>(
        `${EVENTS}?$filter=${encodeURIComponent(filter)}`,
        lead,
        PREFER,
      );
      const want = allEvents.filter(expected);
      expect(items.map((e) => e.id)).toEqual(want.map((e) => e.id));
      return want.length;
    };
    expect(await check("feature eq 'reset'", (e) => e.feature === 'reset')).toBeGreaterThan(0);
    expect(
      await check(
        "feature eq microsoft.graph.featureType'registration'",
        (e) => e.feature === 'registration',
      ),
    ).toBeGreaterThan(0);
    expect(await check('isSuccess eq false', (e) => !e.isSuccess)).toBeGreaterThan(0);
    const reason = allEvents.find((e) => !e.isSuccess)?.failureReason ?? '';
    expect(
      await check(`failureReason eq '${reason.replace(/'/g, "''")}'`, (e) => e.failureReason === reason),
    ).toBeGreaterThan(0);
    expect(await check("authMethod eq 'mobileSMS'", (e) => e.authMethod === 'mobileSMS')).toBeGreaterThan(0);
    expect(
      await check(
        "authMethod eq microsoft.graph.usageAuthMethod'appNotification'",
        (e) => e.authMethod === 'appNotification',
      ),
    ).toBeGreaterThan(0);
    const someone = allEvents[0];
    const name = someone?.userDisplayName ?? '';
    expect(
      await check(
        `userDisplayName eq '${name.toUpperCase().replace(/'/g, "''")}'`,
        (e) => e.userDisplayName === name,
      ),
    ).toBeGreaterThan(0);
    const upn = someone?.userPrincipalName ?? '';
    expect(
      await check(`startswith(userPrincipalName,'${upn.slice(0, 3).toUpperCase()}')`, (e) =>
        (e.userPrincipalName ?? '').toLowerCase().startsWith(upn.slice(0, 3).toLowerCase()),
      ),
    ).toBeGreaterThan(0);
    expect(
      await check(
        `startswith(userDisplayName,'${name.slice(0, 2)}') and feature eq '${someone?.feature}'`,
        (e) =>
          (e.userDisplayName ?? '').toLowerCase().startsWith(name.slice(0, 2).toLowerCase()) &&
          e.feature === someone?.feature,
      ),
    ).toBeGreaterThan(0);
  });

  it('sorts by the names only', async () => {
    for (const direction of ['asc', 'desc']) {
      const { items } = await pageAll<UserEventsSummary>(
        `${EVENTS}?$orderby=userDisplayName ${direction}`,
        lead,
      );
      const names = items.map((e) => (e.userDisplayName ?? '').toLowerCase());
      const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(names).toEqual(direction === 'asc' ? sorted : sorted.reverse());
    }
    expectGraphError(
      await emulator.graph(`${EVENTS}?$orderby=eventDateTime`, { token: lead }),
      400,
      'BadRequest',
    );
  });

  it('refuses undocumented operators, properties and options with 400', async () => {
    for (const query of [
      "$filter=startswith(failureReason,'SMS')",
      "$filter=feature ne 'reset'",
      '$filter=eventDateTime gt 2020-01-01T00:00:00Z',
      "$filter=feature eq 'signIn'",
      "$filter=authMethod eq microsoft.graph.featureType'email'",
      '$skip=10',
      '$count=true',
      '$search="x"',
      '$expand=user',
      '$top=-1',
    ]) {
      const response = await emulator.graph(`${EVENTS}?${query}`, { token: lead });
      expect(response.status, query).toBe(400);
      expect(['BadRequest', 'Request_UnsupportedQuery']).toContain(response.body.error.code);
    }
  });

  it('shows the last 30 days before the clock: nothing after now, nothing older than 30 days', async () => {
    const back = generatedAt() - 12 * DAY;
    const { items } = await pageAll<UserEventsSummary>(EVENTS, await at(back), PREFER);
    const inWindow = (e: UserEventsSummary) => {
      const t = Date.parse(e.eventDateTime ?? '');
      return t <= back && t > back - 30 * DAY;
    };
    expect(items.every(inWindow)).toBe(true);
    // The oldest events of that window predate the default one, so compare on the overlap.
    const overlap = new Set(allEvents.filter(inWindow).map((e) => e.id));
    expect(items.filter((e) => overlap.has(e.id)).map((e) => e.id)).toEqual([...overlap]);
    expect(items.length).toBeLessThan(allEvents.length);
  });
});

describe('userEventsSummary page size', () => {
  it('defaults to 1000 and clamps a larger $top to 1000', async () => {
    const big = await startTestEmulator({ users: 12_000 });
    try {
      const token = await big.token('security-lead');
      const first = await big.graph(EVENTS, { token });
      expect(first.body.value).toHaveLength(1000);
      expect(first.body['@odata.nextLink']).toEqual(expect.any(String));
      expect((await big.graph(`${EVENTS}?$top=5000`, { token })).body.value).toHaveLength(1000);
    } finally {
      await big.close();
    }
  });
});

describe('userMfaSignInSummary', () => {
  it('returns one row per UTC day with total = single + multi', async () => {
    const response = await emulator.graph(MFA, { token: lead });
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(
      `${emulator.url}/beta/$metadata#reports/authenticationMethods/userMfaSignInSummary`,
    );
    const days: Typed<UserMfaSignInSummary>[] = response.body.value;
    expect(days.length).toBeGreaterThanOrEqual(29);
    expect(days.length).toBeLessThanOrEqual(31);
    for (const day of days) {
      expect(Object.keys(day).sort()).toEqual([
        '@odata.type',
        'createdDateTime',
        'id',
        'multiFactorSignIns',
        'singleFactorSignIns',
        'totalSignIns',
      ]);
      expect(day['@odata.type']).toBe('#microsoft.graph.userMfaSignInSummary');
      expect(day.id).toMatch(GUID);
      expect(day.createdDateTime).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
      expect(day.totalSignIns).toBe((day.singleFactorSignIns ?? 0) + (day.multiFactorSignIns ?? 0));
    }
    // Every whole day has MFA sign-ins. The first row is the part of a day the 30-day window still covers, which
    // late in the UTC day is only its quiet night hours: it may have none (this failed at 22:06 UTC).
    for (const day of days.slice(1)) expect(day.multiFactorSignIns).toBeGreaterThan(0);
    const dates = days.map((d) => Date.parse(d.createdDateTime ?? ''));
    expect(dates.slice(1).every((d, i) => d - (dates[i] ?? 0) === DAY)).toBe(true);
  });

  it('follows the clock', async () => {
    const back = generatedAt() - 10 * DAY;
    const days: UserMfaSignInSummary[] = (await emulator.graph(MFA, { token: await at(back) })).body.value;
    expect(Date.parse(days.at(-1)?.createdDateTime ?? '')).toBe(Math.floor(back / DAY) * DAY);
    expect((await emulator.graph(MFA, { token: await at(generatedAt() + 40 * DAY) })).body.value).toEqual([]);
  });

  it('supports no query options', async () => {
    for (const query of ['$top=5', '$filter=totalSignIns gt 0', '$orderby=createdDateTime', '$select=id'])
      expectGraphError(await emulator.graph(`${MFA}?${query}`, { token: lead }), 400, 'BadRequest');
  });
});
