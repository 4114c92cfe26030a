import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../../testing/expect-graph-error.ts';
import { has, userWhere } from '../../../testing/tenant-picks.ts';
import { startTestEmulator, type TestEmulator } from '../../../testing/test-emulator.ts';
import type { TenantUser } from '../../../tenant/model.ts';

let emulator: TestEmulator;
let member: TenantUser;
let admin: TenantUser;
const tokens: Record<string, string> = {};
const PERSONAS = [
  'helpdesk',
  'privileged-helpdesk',
  'security-lead',
  'global-reader',
  'global-admin',
  'no-role',
];

beforeAll(async () => {
  emulator = await startTestEmulator({ users: 400 });
  member = userWhere(
    emulator,
    (u) =>
      u.roles.length === 0 &&
      u.department !== 'IT' &&
      u.userType === 'member' &&
      has(u, 'phone') &&
      has(u, 'microsoftAuthenticator'),
  );
  admin = userWhere(
    emulator,
    (u) => u.roles.includes('62e90394-69f5-4237-9190-012177145e10') && u.displayName === 'Adele Vance',
  );
  for (const p of PERSONAS) tokens[p] = await emulator.token(p);
});
afterAll(() => emulator.close());

const methodsOf = (user: TenantUser, persona: string, version = 'v1.0') =>
  emulator.graph(`/${version}/users/${user.id}/authentication/methods`, { token: tokens[persona] });

describe('reading methods', () => {
  it('lists every method polymorphically, with @odata.type on each item and lastUsedDateTime only in beta', async () => {
    const v1 = await methodsOf(member, 'privileged-helpdesk');
    expect(v1.status).toBe(200);
    expect(v1.body.value).toHaveLength(member.methods.length);
    for (const item of v1.body.value)
      expect(item['@odata.type']).toMatch(/^#microsoft\.graph\.\w+AuthenticationMethod$/);
    expect(v1.body.value[0]).not.toHaveProperty('lastUsedDateTime');
    const beta = await methodsOf(member, 'privileged-helpdesk', 'beta');
    expect(beta.body.value[0]).toHaveProperty('lastUsedDateTime');
    expect(
      v1.body.value.find((m: { '@odata.type': string }) => m['@odata.type'].includes('password')).password,
    ).toBeNull();
  });

  it('masks phone numbers for an Authentication Administrator only', async () => {
    const phoneOf = async (persona: string) =>
      (
        await emulator.graph(`/v1.0/users/${member.id}/authentication/phoneMethods`, {
          token: tokens[persona],
        })
      ).body.value[0].phoneNumber as string;
    const real = member.methods.find((m) => m.kind === 'phone');
    expect(await phoneOf('privileged-helpdesk')).toBe(real && 'phoneNumber' in real ? real.phoneNumber : '');
    expect(await phoneOf('global-reader')).toBe(real && 'phoneNumber' in real ? real.phoneNumber : '');
    expect(await phoneOf('helpdesk')).toMatch(/^\+\d+ X+\d{2}(x\d+)?$/);
  });

  it('resolves users by UPN and answers 404 for unknown users and methods', async () => {
    const byUpn = await emulator.graph(
      `/v1.0/users/${encodeURIComponent(member.userPrincipalName)}/authentication/methods`,
      { token: tokens['global-admin'] },
    );
    expect(byUpn.body.value).toHaveLength(member.methods.length);
    expectGraphError(
      await emulator.graph('/v1.0/users/nobody@contoso.onmicrosoft.com/authentication/methods', {
        token: tokens['global-admin'],
      }),
      404,
      'Request_ResourceNotFound',
    );
    expectGraphError(
      await emulator.graph(`/v1.0/users/${member.id}/authentication/fido2Methods/nope`, {
        token: tokens['global-admin'],
      }),
      404,
      'itemNotFound',
    );
  });

  it('gets one method with the real id echoed and $expand=device where Graph allows it', async () => {
    const authenticator = member.methods.find((m) => m.kind === 'microsoftAuthenticator');
    const one = await emulator.graph(
      `/v1.0/users/${member.id}/authentication/microsoftAuthenticatorMethods/${authenticator?.id}?$expand=device`,
      { token: tokens['global-admin'] },
    );
    expect(one.body.id).toBe(authenticator?.id);
    expect(one.body['@odata.context']).toContain('/$entity');
    expect(one.body).toHaveProperty('device');
    expectGraphError(
      await emulator.graph(`/v1.0/users/${member.id}/authentication/methods?$top=1`, {
        token: tokens['global-admin'],
      }),
      400,
      'BadRequest',
    );
  });
});

describe('who may read and write whose methods (docs/graph-notes.md §2, §2.1)', () => {
  // persona → [read member, read admin, write member, write admin]
  const MATRIX: Record<string, [number, number, number, number]> = {
    helpdesk: [200, 200, 204, 403],
    'privileged-helpdesk': [200, 200, 204, 204],
    'global-admin': [200, 200, 204, 204],
    'global-reader': [200, 200, 403, 403],
    'security-lead': [403, 403, 403, 403],
    'no-role': [403, 403, 403, 403],
  };

  it.each(Object.entries(MATRIX))('%s', async (persona, [readMember, readAdmin, writeMember, writeAdmin]) => {
    expect((await methodsOf(member, persona)).status).toBe(readMember);
    expect((await methodsOf(admin, persona)).status).toBe(readAdmin);
    // Toggling system-preferred MFA is a harmless write to probe with.
    const write = (user: TenantUser) =>
      emulator.graph(`/beta/users/${user.id}/authentication/signInPreferences`, {
        token: tokens[persona],
        method: 'PATCH',
        body: { isSystemPreferredAuthenticationMethodEnabled: true },
      });
    expect((await write(member)).status).toBe(writeMember);
    expect((await write(admin)).status).toBe(writeAdmin);
  });

  it('lets anyone read their own methods through /me with the self scope', async () => {
    const token = await emulator.token('no-role', ['UserAuthenticationMethod.Read']);
    const mine = await emulator.graph('/v1.0/me/authentication/methods', { token });
    expect(mine.status).toBe(200);
    expect(mine.body.value.length).toBeGreaterThan(0);
  });

  it('needs the .All scope for other users, and accepts the narrower per-method family', async () => {
    const selfOnly = await emulator.token('privileged-helpdesk', ['UserAuthenticationMethod.Read']);
    expectGraphError(
      await emulator.graph(`/v1.0/users/${member.id}/authentication/methods`, { token: selfOnly }),
      403,
      'Authorization_RequestDenied',
    );
    const phoneOnly = await emulator.token('privileged-helpdesk', ['UserAuthMethod-Phone.Read.All']);
    expect(
      (await emulator.graph(`/v1.0/users/${member.id}/authentication/phoneMethods`, { token: phoneOnly }))
        .status,
    ).toBe(200);
    expectGraphError(
      await emulator.graph(`/v1.0/users/${member.id}/authentication/methods`, { token: phoneOnly }),
      403,
      'Authorization_RequestDenied',
    );
  });
});
