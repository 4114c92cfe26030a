import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

let emulator: TestEmulator;
let lead: string;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 700, registrationPageSize: 1000 });
  lead = await emulator.token('security-lead');
});
afterAll(() => emulator.close());

const FEATURE =
  "/v1.0/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='all',includedUserRoles='all')";
const DETAILS = '/v1.0/reports/authenticationMethods/userRegistrationDetails';

describe('token validation on every Graph route', () => {
  it('401s a missing, malformed, foreign or expired token in Graph’s error format', async () => {
    expectGraphError(await emulator.graph(FEATURE), 401, 'InvalidAuthenticationToken');
    expectGraphError(await emulator.graph(FEATURE, { token: 'garbage' }), 401, 'InvalidAuthenticationToken');
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ oid: emulator.state.tenant.users[2]?.id, scp: 'AuditLog.Read.All' })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(`https://sts.windows.net/${emulator.state.tenant.id}/`)
      .setAudience('https://graph.microsoft.com')
      .setExpirationTime('1h')
      .sign(privateKey);
    expectGraphError(await emulator.graph(FEATURE, { token: forged }), 401, 'InvalidAuthenticationToken');

    emulator.state.clock.setNow(Date.now() + 2 * 3600_000);
    const expired = await emulator.graph(FEATURE, { token: lead });
    emulator.state.clock.reset();
    expectGraphError(expired, 401, 'InvalidAuthenticationToken');
    expect(expired.body.error.message).toBe('Access token has expired or is not yet valid.');
    expect(expired.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('echoes client-request-id, sends request-id and hides Retry-After from scripts', async () => {
    const response = await emulator.graph(FEATURE, {
      token: lead,
      headers: { 'client-request-id': 'abc-123' },
    });
    expect(response.headers.get('client-request-id')).toBe('abc-123');
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).not.toContain('Retry-After');
  });

  it('answers unknown paths, wrong methods and a bad query with Graph errors, never a stack trace', async () => {
    expectGraphError(await emulator.graph('/v1.0/nonsense', { token: lead }), 400, 'BadRequest');
    expectGraphError(
      await emulator.graph(FEATURE, { token: lead, method: 'DELETE' }),
      405,
      'Request_BadRequest',
    );
    expectGraphError(
      await emulator.graph(`${DETAILS}?$filter=isAdmin eq`, { token: lead }),
      400,
      'BadRequest',
    );
    expectGraphError(await emulator.graph(`${DETAILS}?$skip=10`, { token: lead }), 400, 'BadRequest');
    expectGraphError(await emulator.graph(`${DETAILS}?$bogus=1`, { token: lead }), 400, 'BadRequest');
  });
});

describe('registration summaries', () => {
  it('needs a reports reader role: the helpdesk agent gets 403', async () => {
    expectGraphError(
      await emulator.graph(FEATURE, { token: await emulator.token('helpdesk') }),
      403,
      'Authorization_RequestDenied',
    );
    expectGraphError(
      await emulator.graph(FEATURE, { token: await emulator.token('no-role') }),
      403,
      'Authorization_RequestDenied',
    );
    expect((await emulator.graph(FEATURE, { token: await emulator.token('global-reader') })).status).toBe(
      200,
    );
  });

  it('needs the AuditLog.Read.All scope', async () => {
    const token = await emulator.token('global-admin', ['User.Read']);
    expectGraphError(await emulator.graph(FEATURE, { token }), 403, 'Authorization_RequestDenied');
  });

  it('answers the licence error in a tenant without P1', async () => {
    emulator.state.tenant.tier = 'free';
    const response = await emulator.graph(FEATURE, { token: lead });
    emulator.state.tenant.tier = 'p2';
    expectGraphError(response, 403, 'Authentication_RequestFromNonPremiumTenantOrB2CTenant');
  });

  it('scopes by includedUserTypes and includedUserRoles, and rejects unknown values', async () => {
    const get = async (types: string, roles: string) =>
      (
        await emulator.graph(
          `/v1.0/reports/authenticationMethods/usersRegisteredByMethod(includedUserTypes='${types}',includedUserRoles='${roles}')`,
          { token: lead },
        )
      ).body;
    const all = await get('all', 'all');
    expect(all['@odata.type']).toBe('#microsoft.graph.userRegistrationMethodSummary');
    expect((await get('member', 'all')).totalUserCount + (await get('guest', 'all')).totalUserCount).toBe(
      all.totalUserCount,
    );
    expect((await get('all', 'admin')).userRoles).toBe('admin');
    const bad = await emulator.graph(
      "/v1.0/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='robots')",
      { token: lead },
    );
    expectGraphError(bad, 400, 'BadRequest');
    expect(
      (
        await emulator.graph('/v1.0/reports/authenticationMethods/usersRegisteredByFeature()', {
          token: lead,
        })
      ).body.userTypes,
    ).toBe('all');
  });
});

describe('userRegistrationDetails', () => {
  it('pages through @odata.nextLink to exactly the enabled users, each once', async () => {
    const seen: UserRegistrationDetails[] = [];
    let next: string | undefined = `${DETAILS}?$top=100`;
    let pages = 0;
    while (next) {
      const page: { status: number; body: any } = await emulator.graph(next, { token: lead });
      expect(page.status).toBe(200);
      seen.push(...page.body.value);
      next = page.body['@odata.nextLink'];
      pages++;
    }
    const enabled = emulator.state.tenant.users.filter((u) => u.accountEnabled);
    expect(seen).toHaveLength(enabled.length);
    expect(new Set(seen.map((r) => r.id)).size).toBe(enabled.length);
    expect(pages).toBe(Math.ceil(enabled.length / 100));
  });

  it('rejects a tampered or foreign $skiptoken', async () => {
    const first = await emulator.graph(`${DETAILS}?$top=10`, { token: lead });
    const link = new URL(first.body['@odata.nextLink']);
    const token = link.searchParams.get('$skiptoken') ?? '';
    expectGraphError(
      await emulator.graph(`${DETAILS}?$top=10&$skiptoken=${token.replace(/^./, 'X')}`, { token: lead }),
      400,
      'BadRequest',
    );
    expectGraphError(
      await emulator.graph(`${DETAILS}?$top=20&$skiptoken=${token}`, { token: lead }),
      400,
      'BadRequest',
    );
  });

  it('filters on documented properties, matching the rows the report derives', async () => {
    const admins = await emulator.graph(`${DETAILS}?$filter=isAdmin eq true and userType eq 'member'`, {
      token: lead,
    });
    expect(admins.body.value.length).toBeGreaterThan(0);
    expect(
      admins.body.value.every((r: UserRegistrationDetails) => r.isAdmin && r.userType === 'member'),
    ).toBe(true);
    const email = await emulator.graph(`${DETAILS}?$filter=methodsRegistered/any(x:x eq 'email')`, {
      token: lead,
    });
    expect(
      email.body.value.every((r: UserRegistrationDetails) => r.methodsRegistered?.includes('email')),
    ).toBe(true);
    const byMethod = await emulator.graph(
      "/v1.0/reports/authenticationMethods/usersRegisteredByMethod(includedUserTypes='all',includedUserRoles='all')",
      { token: lead },
    );
    const emailCount = byMethod.body.userRegistrationMethodCounts.find(
      (c: { authenticationMethod: string }) => c.authenticationMethod === 'email',
    ).userCount;
    expect(email.body.value).toHaveLength(emailCount);
    const prefix = await emulator.graph(`${DETAILS}?$filter=startswith(userPrincipalName,'LIDIA')`, {
      token: lead,
    });
    expect(prefix.body.value.map((r: UserRegistrationDetails) => r.userDisplayName)).toEqual([
      'Lidia Holloway',
    ]);
  });

  it('orders by name and selects properties', async () => {
    const response = await emulator.graph(
      `${DETAILS}?$orderby=userDisplayName&$select=id,userDisplayName&$top=50`,
      { token: lead },
    );
    const names = response.body.value.map(
      (r: UserRegistrationDetails) => r.userDisplayName?.toLowerCase() ?? '',
    );
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(Object.keys(response.body.value[0]).sort()).toEqual(['id', 'userDisplayName']);
  });

  it('has defaultMfaMethod in beta only, and gets one row by id', async () => {
    const v1 = await emulator.graph(`${DETAILS}?$top=1`, { token: lead });
    const beta = await emulator.graph(`${DETAILS.replace('/v1.0', '/beta')}?$top=1`, { token: lead });
    expect(v1.body.value[0]).not.toHaveProperty('defaultMfaMethod');
    expect(beta.body.value[0]).toHaveProperty('defaultMfaMethod');
    const one = await emulator.graph(`${DETAILS}/${v1.body.value[0].id}`, { token: lead });
    expect(one.body.id).toBe(v1.body.value[0].id);
    expect(one.body['@odata.context']).toContain('$entity');
    expectGraphError(
      await emulator.graph(`${DETAILS}/00000000-0000-0000-0000-000000000000`, { token: lead }),
      404,
      'Request_ResourceNotFound',
    );
  });
});

describe('the signed-in user', () => {
  it('returns /me with Graph’s default properties', async () => {
    const me = await emulator.graph('/v1.0/me', { token: lead });
    expect(me.body).toMatchObject({
      displayName: 'Lidia Holloway',
      userPrincipalName: `lidiah@${emulator.state.tenant.domain}`,
    });
    expect(me.body).not.toHaveProperty('accountEnabled');
    const selected = await emulator.graph('/v1.0/me?$select=id,accountEnabled', { token: lead });
    expect(selected.body.accountEnabled).toBe(true);
  });

  it('lists directory roles with limited information unless RoleManagement.Read.Directory is granted', async () => {
    const path =
      '/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId';
    const limited = await emulator.graph(path, {
      token: await emulator.token('security-lead', ['User.Read']),
    });
    expect(limited.body.value.map((r: { roleTemplateId: string }) => r.roleTemplateId)).toEqual([
      '5d6b6bb7-de71-4623-b4af-96380a352509',
      '4a5d8f65-41da-4de4-8968-e035b65339cf',
    ]);
    expect(limited.body.value.every((r: { displayName: unknown }) => r.displayName === null)).toBe(true);
    const full = await emulator.graph(path, { token: lead });
    expect(full.body.value.map((r: { displayName: string }) => r.displayName)).toEqual([
      'Security Reader',
      'Reports Reader',
    ]);
    expect((await emulator.graph(path, { token: await emulator.token('no-role') })).body.value).toEqual([]);
  });
});
