import type { User } from '@microsoft/microsoft-graph-types-beta';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EVENTUAL, graphText } from '../../testing/collect-pages.ts';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';
import { PERSONAS, personaUpn } from '../../tenant/personas.ts';
import type { TenantUser } from '../../tenant/model.ts';

let emulator: TestEmulator;
let admin: string;
let other: TenantUser;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 300 });
  admin = await emulator.token('global-admin');
  other = emulator.state.tenant.users
    .slice(PERSONAS.length)
    .find((u) => u.roles.length === 0 && u.userType === 'member' && u.accountEnabled) as TenantUser;
});
afterAll(() => emulator.close());
afterEach(() => {
  emulator.state.options.readBasicOverflow = 'null';
});

const personaUser = (id: string) => {
  const persona = PERSONAS.find((p) => p.id === id);
  return emulator.state.tenant.usersByUpn.get(
    personaUpn(persona!, emulator.state.tenant.domain),
  ) as TenantUser;
};

describe('who may list and read users', () => {
  it.each(PERSONAS.map((p) => p.id))(
    'lets the %s persona (a member) list, count and read users',
    async (persona) => {
      const token = await emulator.token(persona);
      expect((await emulator.graph('/v1.0/users?$top=5', { token })).status).toBe(200);
      expect((await graphText(emulator, '/v1.0/users/$count', { token, headers: EVENTUAL })).status).toBe(
        200,
      );
      expect((await emulator.graph(`/v1.0/users/${other.id}`, { token })).status).toBe(200);
    },
  );

  it('refuses a guest caller the list and the count with 403', async () => {
    const caller = personaUser('no-role');
    const token = await emulator.token('no-role');
    caller.userType = 'guest';
    try {
      expectGraphError(await emulator.graph('/v1.0/users', { token }), 403, 'Authorization_RequestDenied');
      const count = await emulator.graph('/v1.0/users/$count', { token, headers: EVENTUAL });
      expectGraphError(count, 403, 'Authorization_RequestDenied');
    } finally {
      caller.userType = 'member';
    }
  });

  it('needs a users scope: User.Read alone reads only the caller', async () => {
    const token = await emulator.token('no-role', ['User.Read']);
    expectGraphError(await emulator.graph('/v1.0/users', { token }), 403, 'Authorization_RequestDenied');
    expectGraphError(
      await emulator.graph(`/v1.0/users/${other.id}`, { token }),
      403,
      'Authorization_RequestDenied',
    );
    expectGraphError(
      await emulator.graph('/v1.0/users/nobody@nowhere.example', { token }),
      403,
      'Authorization_RequestDenied',
    );
    const self = personaUser('no-role');
    const own = await emulator.graph(`/v1.0/users/${self.userPrincipalName}?$select=id,accountEnabled`, {
      token,
    });
    expect(own.status).toBe(200);
    expect((own.body as User).accountEnabled).toBe(true);
  });

  it('with only User.ReadBasic.All returns properties outside the basic profile as null', async () => {
    const token = await emulator.token('no-role', ['User.ReadBasic.All']);
    const list = await emulator.graph(
      '/v1.0/users?$select=id,displayName,jobTitle,accountEnabled,userType&$top=5',
      { token },
    );
    expect(list.status).toBe(200);
    for (const user of list.body.value as User[]) {
      expect(user.displayName).toEqual(expect.any(String));
      expect(user.accountEnabled).toBeNull();
      expect(user.userType).toBeNull();
    }
    const one = await emulator.graph(`/v1.0/users/${other.id}?$select=id,mail,createdDateTime`, { token });
    expect(one.body).toMatchObject({ id: other.id, mail: other.mail, createdDateTime: null });
    const defaults = await emulator.graph(`/v1.0/users/${other.id}`, { token });
    expect((defaults.body as User).jobTitle).toBe(other.jobTitle);
  });

  it('with only User.ReadBasic.All can fail instead (readBasicOverflow: error)', async () => {
    emulator.state.options.readBasicOverflow = 'error';
    const token = await emulator.token('no-role', ['User.ReadBasic.All']);
    expectGraphError(
      await emulator.graph('/v1.0/users?$select=id,accountEnabled', { token }),
      403,
      'Authorization_RequestDenied',
    );
    expectGraphError(
      await emulator.graph(`/v1.0/users/${other.id}?$select=userType`, { token }),
      403,
      'Authorization_RequestDenied',
    );
    expect((await emulator.graph('/v1.0/users?$select=id,displayName', { token })).status).toBe(200);
  });

  it('with only User.ReadBasic.All may not filter on what it cannot read', async () => {
    const token = await emulator.token('no-role', ['User.ReadBasic.All']);
    expectGraphError(
      await emulator.graph('/v1.0/users?$filter=accountEnabled eq false', { token }),
      403,
      'Authorization_RequestDenied',
    );
    expect((await emulator.graph("/v1.0/users?$filter=startswith(displayName,'a')", { token })).status).toBe(
      200,
    );
  });
});

describe('GET /users/$count', () => {
  it('needs ConsistencyLevel: eventual, else 400 Request_BadRequest', async () => {
    const response = await emulator.graph('/v1.0/users/$count', { token: admin });
    expectGraphError(response, 400, 'Request_BadRequest');
    expect(response.body.error.message).toBe('$count is not currently supported.');
  });

  it.each(['v1.0', 'beta'])('answers a text/plain integer in %s', async (version) => {
    const response = await graphText(emulator, `/${version}/users/$count`, {
      token: admin,
      headers: EVENTUAL,
    });
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^text\/plain/);
    expect(response.text).toBe(String(emulator.state.tenant.users.length));
  });

  it('counts a $filter or $search, advanced operators included', async () => {
    const guests = emulator.state.tenant.users.filter((u) => u.userType === 'guest').length;
    const byFilter = await graphText(
      emulator,
      `/v1.0/users/$count?$filter=${encodeURIComponent("userType eq 'Guest'")}`,
      {
        token: admin,
        headers: EVENTUAL,
      },
    );
    expect(byFilter.text).toBe(String(guests));
    const members = await graphText(
      emulator,
      `/v1.0/users/$count?$filter=${encodeURIComponent("userType ne 'Guest'")}`,
      {
        token: admin,
        headers: EVENTUAL,
      },
    );
    expect(Number(members.text)).toBe(emulator.state.tenant.users.length - guests);
    const bySearch = await graphText(
      emulator,
      `/v1.0/users/$count?$search=${encodeURIComponent('"displayName:a"')}`,
      {
        token: admin,
        headers: EVENTUAL,
      },
    );
    const listed = await emulator.graph(
      `/v1.0/users?$search=${encodeURIComponent('"displayName:a"')}&$count=true&$top=1`,
      {
        token: admin,
        headers: EVENTUAL,
      },
    );
    expect(Number(bySearch.text)).toBe(listed.body['@odata.count']);
  });

  it('charges 1 resource unit', async () => {
    const response = await fetch(`${emulator.url}/v1.0/users/$count`, {
      headers: { Authorization: `Bearer ${admin}`, ...EVENTUAL },
    });
    expect(response.headers.get('x-ms-resource-unit')).toBe('1');
  });
});
