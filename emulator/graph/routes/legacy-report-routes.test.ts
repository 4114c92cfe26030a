import type {
  CredentialUsageSummary,
  CredentialUserRegistrationCount,
  CredentialUserRegistrationDetails,
  UserCredentialUsageDetails,
  UserRegistrationActivitySummary,
  UserRegistrationDetails,
} from '@microsoft/microsoft-graph-types-beta';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

const USAGE = (period: string) => `/beta/reports/getCredentialUsageSummary(period='${period}')`;
const COUNT = '/beta/reports/getCredentialUserRegistrationCount';
const COUNT_AS_DOCUMENTED = '/beta/reports/getCredentialsUserRegistrationCount';
const DETAILS = '/beta/reports/userCredentialUsageDetails';
const REGISTRATIONS = '/beta/reports/credentialUserRegistrationDetails';
const PATHS = [USAGE('D30'), COUNT, DETAILS, REGISTRATIONS];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// registrationAuthMethod (docs/graph-notes.md §3.9).
const REGISTRATION_AUTH_METHODS = [
  'email',
  'mobilePhone',
  'officePhone',
  'securityQuestion',
  'appNotification',
  'appCode',
  'alternateMobilePhone',
  'fido',
  'appPassword',
];

let emulator: TestEmulator;
let lead: string;
let registrations: CredentialUserRegistrationDetails[];

async function pageAll<T>(first: string, token: string) {
  const items: T[] = [];
  let pages = 0;
  for (let next: string | undefined = first; next; pages++) {
    const page: { status: number; body: any } = await emulator.graph(next, { token });
    expect(page.status).toBe(200);
    items.push(...(page.body.value as T[]));
    next = page.body['@odata.nextLink'];
  }
  return { items, pages };
}

beforeAll(async () => {
  // The data as before the retirement: what the reports computed is checked here.
  emulator = await startTestEmulator({ users: 700, legacyReports: 'serve' });
  lead = await emulator.token('security-lead');
  registrations = (await pageAll<CredentialUserRegistrationDetails>(REGISTRATIONS, lead)).items;
});
afterAll(() => emulator.close());

describe('access to the legacy reports', () => {
  it('needs Reports.Read.All and a reports reader role', async () => {
    for (const path of PATHS) {
      for (const persona of ['security-lead', 'global-reader'])
        expect((await emulator.graph(path, { token: await emulator.token(persona) })).status).toBe(200);
      for (const persona of ['helpdesk', 'no-role'])
        expectGraphError(
          await emulator.graph(path, { token: await emulator.token(persona) }),
          403,
          'Authorization_RequestDenied',
        );
      const auditOnly = await emulator.token('security-lead', ['AuditLog.Read.All']);
      expectGraphError(await emulator.graph(path, { token: auditOnly }), 403, 'Authorization_RequestDenied');
    }
  });

  it('answers the licence error in a tenant without P1', async () => {
    emulator.state.tenant.tier = 'free';
    try {
      for (const path of PATHS)
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
    for (const path of PATHS)
      expectGraphError(
        await emulator.graph(path.replace('/beta/', '/v1.0/'), { token: lead }),
        400,
        'BadRequest',
      );
  });
});

describe('legacyReports option', () => {
  it("'segmentNotFound' (the default) answers 400 for every legacy report, whoever asks, as for an unknown path", async () => {
    const gone = await startTestEmulator({ users: 60 });
    try {
      for (const persona of ['security-lead', 'no-role']) {
        const token = await gone.token(persona);
        for (const path of [...PATHS, COUNT_AS_DOCUMENTED]) {
          const response = await gone.graph(path, { token });
          expectGraphError(response, 400, 'BadRequest');
          expect(response.body.error.message).toMatch(/^Resource not found for the segment '\w+'\.$/);
        }
      }
    } finally {
      await gone.close();
    }
  });

  it("'empty' answers every legacy report with an empty collection, after the usual checks", async () => {
    const empty = await startTestEmulator({ users: 60, legacyReports: 'empty' });
    try {
      const token = await empty.token('security-lead');
      for (const path of [...PATHS, COUNT_AS_DOCUMENTED]) {
        const response = await empty.graph(path, { token });
        expect(response.status).toBe(200);
        expect(response.body.value).toEqual([]);
        expect(response.body['@odata.context']).toContain('/beta/$metadata#');
        expectGraphError(
          await empty.graph(path, { token: await empty.token('no-role') }),
          403,
          'Authorization_RequestDenied',
        );
      }
      expectGraphError(await empty.graph(USAGE('D5'), { token }), 400, 'BadRequest');
      // The replacements keep working.
      const replacement = await empty.graph(
        "/beta/reports/authenticationMethods/userRegistrationActivity(period='d30')",
        { token },
      );
      expect(replacement.body.value.length).toBeGreaterThan(0);
    } finally {
      await empty.close();
    }
  });

  it("'notFound' answers 404 for every legacy report, whoever asks", async () => {
    const gone = await startTestEmulator({ users: 60, legacyReports: 'notFound' });
    try {
      for (const persona of ['security-lead', 'no-role']) {
        const token = await gone.token(persona);
        for (const path of [...PATHS, COUNT_AS_DOCUMENTED])
          expectGraphError(await gone.graph(path, { token }), 404, 'ResourceNotFound');
      }
    } finally {
      await gone.close();
    }
  });
});

describe('getCredentialUsageSummary', () => {
  it('returns SSPR activity per legacy method, with a case-insensitive period', async () => {
    const response = await emulator.graph(USAGE('D30'), { token: lead });
    expect(response.body['@odata.context']).toBe(
      `${emulator.url}/beta/$metadata#Collection(microsoft.graph.credentialUsageSummary)`,
    );
    const rows: CredentialUsageSummary[] = response.body.value;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([
        'authMethod',
        'failureActivityCount',
        'feature',
        'id',
        'successfulActivityCount',
      ]);
      expect(row.id).toMatch(GUID);
      expect(Number.isInteger(row.successfulActivityCount)).toBe(true);
    }
    expect(rows.some((r) => (r.successfulActivityCount ?? 0) > 0)).toBe(true);
    expect((await emulator.graph(USAGE('d30'), { token: lead })).body.value).toEqual(rows);
  });

  it('agrees with userRegistrationActivity on every method both know', async () => {
    const legacy: CredentialUsageSummary[] = (await emulator.graph(USAGE('D7'), { token: lead })).body.value;
    const current: UserRegistrationActivitySummary[] = (
      await emulator.graph("/beta/reports/authenticationMethods/userRegistrationActivity(period='d7')", {
        token: lead,
      })
    ).body.value;
    for (const row of legacy) {
      const match = current.find((r) => r.feature === row.feature && r.authMethod === row.authMethod);
      expect(match?.successfulActivityCount).toBe(row.successfulActivityCount);
      expect(match?.failureActivityCount).toBe(row.failureActivityCount);
    }
  });

  it('filters on feature eq only, takes $top, and refuses other options or periods', async () => {
    const registration: CredentialUsageSummary[] = (
      await emulator.graph(`${USAGE('D1')}?$filter=feature eq 'registration'`, { token: lead })
    ).body.value;
    expect(registration.length).toBeGreaterThan(0);
    expect(registration.every((r) => r.feature === 'registration')).toBe(true);
    expect((await emulator.graph(`${USAGE('D1')}?$top=3`, { token: lead })).body.value).toHaveLength(3);
    for (const [query, code] of [
      ["$filter=authMethod eq 'email'", 'BadRequest'],
      ["$filter=feature ne 'reset'", 'Request_UnsupportedQuery'],
      ['$orderby=feature', 'BadRequest'],
      ['$skip=1', 'BadRequest'],
    ])
      expectGraphError(await emulator.graph(`${USAGE('D1')}?${query}`, { token: lead }), 400, code ?? '');
    for (const path of [
      USAGE('D2'),
      USAGE('30'),
      '/beta/reports/getCredentialUsageSummary',
      "/beta/reports/getCredentialUsageSummary(periods='D1')",
    ])
      expectGraphError(await emulator.graph(path, { token: lead }), 400, 'BadRequest');
  });
});

describe('getCredentialUserRegistrationCount', () => {
  it('answers under both spellings with counts from the live registration rows', async () => {
    const response = await emulator.graph(COUNT, { token: lead });
    expect(response.body['@odata.context']).toBe(
      `${emulator.url}/beta/$metadata#Collection(microsoft.graph.credentialUserRegistrationCount)`,
    );
    const [count, ...rest]: CredentialUserRegistrationCount[] = response.body.value;
    expect(rest).toEqual([]);
    expect(Object.keys(count ?? {}).sort()).toEqual(['id', 'totalUserCount', 'userRegistrationCounts']);
    expect((await emulator.graph(COUNT_AS_DOCUMENTED, { token: lead })).body.value).toEqual([count]);
    expect((await emulator.graph(`${COUNT}()`, { token: lead })).body.value).toEqual([count]);

    const tenant = emulator.state.tenant;
    expect(count?.totalUserCount).toBe(tenant.users.filter((u) => u.accountEnabled).length);
    const byStatus = new Map(
      count?.userRegistrationCounts?.map((c) => [c.registrationStatus, c.registrationCount]),
    );
    expect([...byStatus.keys()]).toEqual(['registered', 'enabled', 'capable', 'mfaRegistered']);
    expect(byStatus.get('registered')).toBe(registrations.filter((r) => r.isRegistered).length);
    expect(byStatus.get('enabled')).toBe(registrations.filter((r) => r.isEnabled).length);
    expect(byStatus.get('capable')).toBe(registrations.filter((r) => r.isCapable).length);
    expect(byStatus.get('mfaRegistered')).toBe(registrations.filter((r) => r.isMfaRegistered).length);

    const feature = (
      await emulator.graph(
        "/beta/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='all',includedUserRoles='all')",
        { token: lead },
      )
    ).body;
    expect(feature.totalUserCount).toBe(count?.totalUserCount);
    const users = new Map(
      feature.userRegistrationFeatureCounts.map((c: { feature: string; userCount: number }) => [
        c.feature,
        c.userCount,
      ]),
    );
    expect(users.get('ssprRegistered')).toBe(byStatus.get('registered'));
    expect(users.get('ssprCapable')).toBe(byStatus.get('capable'));
  });

  it('moves when a user registers an SSPR method', async () => {
    const registered = async () =>
      (
        (await emulator.graph(COUNT, { token: lead })).body.value[0] as CredentialUserRegistrationCount
      ).userRegistrationCounts?.find((c) => c.registrationStatus === 'registered')?.registrationCount;
    const before = await registered();
    const user = emulator.state.tenant.users.find(
      (u) =>
        u.accountEnabled &&
        u.roles.length === 0 &&
        !u.securityQuestions &&
        registrations.find((r) => r.id === u.id)?.isRegistered === false,
    );
    if (!user) throw new Error('the test tenant has no unregistered user');
    // TenantUser.version is the change marker the report rows are cached on.
    user.securityQuestions = true;
    user.version++;
    try {
      expect(await registered()).toBe((before ?? 0) + 1);
    } finally {
      user.securityQuestions = false;
      user.version++;
    }
  });

  it('takes no query options', async () => {
    for (const query of ['$top=1', '$filter=totalUserCount gt 0'])
      expectGraphError(await emulator.graph(`${COUNT}?${query}`, { token: lead }), 400, 'BadRequest');
  });
});

describe('userCredentialUsageDetails', () => {
  it('lists the same events as userEventsSummary, untyped as the legacy sample shows', async () => {
    const { items } = await pageAll<UserCredentialUsageDetails>(DETAILS, lead);
    const current = (
      await pageAll<UserCredentialUsageDetails>('/beta/reports/authenticationMethods/userEventsSummary', lead)
    ).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((e) => e.id)).toEqual(current.map((e) => e.id));
    for (const event of items) {
      expect(Object.keys(event).sort()).toEqual([
        'authMethod',
        'eventDateTime',
        'failureReason',
        'feature',
        'id',
        'isSuccess',
        'userDisplayName',
        'userPrincipalName',
      ]);
      expect(event.isSuccess).toBe(event.failureReason === '');
    }
  });

  it('takes the documented filters, the enum-literal form and startswith on failureReason', async () => {
    const { items: all } = await pageAll<UserCredentialUsageDetails>(DETAILS, lead);
    const check = async (filter: string, expected: (e: UserCredentialUsageDetails) => boolean) => {
      const { items } = await pageAll<UserCredentialUsageDetails>(
        `${DETAILS}?$filter=${encodeURIComponent(filter)}`,
        lead,
      );
      expect(items.map((e) => e.id)).toEqual(all.filter(expected).map((e) => e.id));
      return items.length;
    };
    const method = all.find((e) => e.authMethod !== 'unknownFutureValue')?.authMethod ?? 'email';
    expect(
      await check(`authMethod eq microsoft.graph.usageAuthMethod'${method}'`, (e) => e.authMethod === method),
    ).toBeGreaterThan(0);
    expect(await check("feature eq 'registration'", (e) => e.feature === 'registration')).toBeGreaterThan(0);
    expect(await check('isSuccess eq true', (e) => e.isSuccess === true)).toBeGreaterThan(0);
    const reason = all.find((e) => !e.isSuccess)?.failureReason ?? '';
    const prefix = reason.slice(0, 4);
    expect(
      await check(`startswith(failureReason,'${prefix.replace(/'/g, "''")}')`, (e) =>
        (e.failureReason ?? '').toLowerCase().startsWith(prefix.toLowerCase()),
      ),
    ).toBeGreaterThan(0);
    const name = all[0]?.userDisplayName ?? '';
    expect(
      await check(`startswith(userDisplayName,'${name.slice(0, 3).replace(/'/g, "''")}')`, (e) =>
        (e.userDisplayName ?? '').toLowerCase().startsWith(name.slice(0, 3).toLowerCase()),
      ),
    ).toBeGreaterThan(0);
    expectGraphError(
      await emulator.graph(
        `${DETAILS}?$filter=authMethod eq microsoft.graph.usageAuthMethod'carrierPigeon'`,
        {
          token: lead,
        },
      ),
      400,
      'BadRequest',
    );
  });
});

describe('credentialUserRegistrationDetails', () => {
  it('derives each row from the live registration row, in the legacy vocabulary', async () => {
    const current = (
      await pageAll<UserRegistrationDetails>(
        '/beta/reports/authenticationMethods/userRegistrationDetails',
        lead,
      )
    ).items;
    expect(registrations.map((r) => r.id)).toEqual(current.map((r) => r.id));
    for (const [i, row] of registrations.entries()) {
      const live = current[i] as UserRegistrationDetails;
      expect(Object.keys(row).sort()).toEqual([
        'authMethods',
        'id',
        'isCapable',
        'isEnabled',
        'isMfaRegistered',
        'isRegistered',
        'userDisplayName',
        'userPrincipalName',
      ]);
      expect(row).toMatchObject({
        userPrincipalName: live.userPrincipalName,
        userDisplayName: live.userDisplayName,
        isRegistered: live.isSsprRegistered,
        isEnabled: live.isSsprEnabled,
        isCapable: live.isSsprCapable,
        isMfaRegistered: live.isMfaRegistered,
      });
      for (const method of row.authMethods ?? []) expect(REGISTRATION_AUTH_METHODS).toContain(method);
      const registered = live.methodsRegistered ?? [];
      expect(row.authMethods?.includes('mobilePhone')).toBe(registered.includes('mobilePhone'));
      expect(row.authMethods?.includes('email')).toBe(registered.includes('email'));
      if (registered.includes('microsoftAuthenticatorPush'))
        expect(row.authMethods).toEqual(expect.arrayContaining(['appNotification', 'appCode']));
      if (registered.some((m) => m.startsWith('passKey'))) expect(row.authMethods).toContain('fido');
    }
  });

  it('filters, sorts and pages as the legacy page describes', async () => {
    const check = async (query: string, expected: (r: CredentialUserRegistrationDetails) => boolean) => {
      const { items } = await pageAll<CredentialUserRegistrationDetails>(`${REGISTRATIONS}?${query}`, lead);
      expect(items.map((r) => r.id)).toEqual(registrations.filter(expected).map((r) => r.id));
      return items.length;
    };
    expect(
      await check("$filter=authMethods/any(t:t eq 'email')", (r) => !!r.authMethods?.includes('email')),
    ).toBeGreaterThan(0);
    expect(
      await check(
        '$filter=isRegistered eq true and isMfaRegistered eq false',
        (r) => !!r.isRegistered && !r.isMfaRegistered,
      ),
    ).toBeGreaterThan(0);
    expect(await check('$filter=isEnabled eq false', (r) => r.isEnabled === false)).toBeGreaterThan(0);
    expect(await check('$filter=isCapable eq true', (r) => r.isCapable === true)).toBeGreaterThan(0);
    expect(
      await check(
        "$filter=startswith(userPrincipalName,'LIDIA')",
        (r) => r.userDisplayName === 'Lidia Holloway',
      ),
    ).toBe(1);
    expect(
      await check("$filter=userDisplayName eq 'megan bowen'", (r) => r.userDisplayName === 'Megan Bowen'),
    ).toBe(1);

    const { items: byCapable } = await pageAll<CredentialUserRegistrationDetails>(
      `${REGISTRATIONS}?$orderby=isCapable desc`,
      lead,
    );
    const flags = byCapable.map((r) => r.isCapable);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    const { items: byName } = await pageAll<CredentialUserRegistrationDetails>(
      `${REGISTRATIONS}?$orderby=userPrincipalName`,
      lead,
    );
    const upns = byName.map((r) => (r.userPrincipalName ?? '').toLowerCase());
    expect(upns).toEqual([...upns].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const { items, pages } = await pageAll<CredentialUserRegistrationDetails>(
      `${REGISTRATIONS}?$top=150`,
      lead,
    );
    expect(items.map((r) => r.id)).toEqual(registrations.map((r) => r.id));
    expect(pages).toBe(Math.ceil(registrations.length / 150));

    for (const query of [
      "$filter=authMethods/any(t:t ne 'email')",
      '$filter=isAdmin eq true',
      '$skip=5',
      '$count=true',
      '$orderby=id',
    ]) {
      const response = await emulator.graph(`${REGISTRATIONS}?${query}`, { token: lead });
      expect(response.status, query).toBe(400);
    }
  });
});
