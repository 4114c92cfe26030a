import type { SignInActivity, User } from '@microsoft/microsoft-graph-types-beta';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';
import type { TenantUser } from '../../tenant/model.ts';

let emulator: TestEmulator;
let admin: string;
let target: TenantUser;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 400 });
  admin = await emulator.token('global-admin');
  target = emulator.state.tenant.users.find(
    (u) => u.userType === 'member' && u.roles.length === 0 && u.methods.some((m) => m.lastUsedDateTime),
  ) as TenantUser;
});
afterAll(() => emulator.close());
afterEach(() => {
  emulator.state.tenant.tier = 'p2';
  Object.assign(emulator.state.options, {
    signInActivityFailure: 'request',
    signInActivityRoleGate: false,
    readBasicOverflow: 'null',
  });
});

const HEADER =
  'id,displayName,userPrincipalName,mail,jobTitle,accountEnabled,userType,onPremisesSyncEnabled,createdDateTime,lastPasswordChangeDateTime,signInSessionsValidFromDateTime';

describe('GET /users/{id|upn}', () => {
  it.each(['v1.0', 'beta'])(
    'returns the default properties by id in %s with an $entity context',
    async (version) => {
      const response = await emulator.graph(`/${version}/users/${target.id}`, { token: admin });
      expect(response.status).toBe(200);
      expect(response.body['@odata.context']).toBe(`${emulator.url}/${version}/$metadata#users/$entity`);
      const { '@odata.context': _context, ...user } = response.body as User & { '@odata.context': string };
      expect(user).toEqual<User>({
        id: target.id,
        displayName: target.displayName,
        givenName: target.givenName,
        surname: target.surname,
        userPrincipalName: target.userPrincipalName,
        mail: target.mail,
        jobTitle: target.jobTitle,
        mobilePhone: target.mobilePhone,
        officeLocation: target.officeLocation,
        preferredLanguage: target.preferredLanguage,
        businessPhones: target.businessPhones,
      });
    },
  );

  it('finds a user by UPN, in any case', async () => {
    const response = await emulator.graph(`/v1.0/users/${target.userPrincipalName.toUpperCase()}`, {
      token: admin,
    });
    expect((response.body as User).id).toBe(target.id);
  });

  it('finds a guest whose UPN has #EXT# when # arrives as %23, and not when it is left raw', async () => {
    const guest = emulator.state.tenant.users.find((u) => u.userType === 'guest') as TenantUser;
    expect(guest.userPrincipalName).toContain('#EXT#');
    const encoded = await emulator.graph(`/v1.0/users/${encodeURIComponent(guest.userPrincipalName)}`, {
      token: admin,
    });
    expect((encoded.body as User).id).toBe(guest.id);
    const raw = await emulator.graph(`/v1.0/users/${guest.userPrincipalName}`, { token: admin });
    expectGraphError(raw, 404, 'Request_ResourceNotFound');
  });

  it("accepts the /users('upn') form for UPNs that start with $", async () => {
    const response = await emulator.graph(`/v1.0/users('${target.userPrincipalName}')`, { token: admin });
    expect((response.body as User).id).toBe(target.id);
  });

  it('answers an unknown user with 404 Request_ResourceNotFound and Graph’s message', async () => {
    const response = await emulator.graph('/v1.0/users/nobody@contoso.onmicrosoft.com', { token: admin });
    expectGraphError(response, 404, 'Request_ResourceNotFound');
    expect(response.body.error.message).toBe(
      "Resource 'nobody@contoso.onmicrosoft.com' does not exist or one of its queried reference-property objects are not present.",
    );
  });

  it('answers a malformed escape with 404, never a 500', async () => {
    expectGraphError(
      await emulator.graph('/v1.0/users/%E0%A4%A', { token: admin }),
      404,
      'Request_ResourceNotFound',
    );
  });

  it('returns the helpdesk header properties with a selection context', async () => {
    const response = await emulator.graph(`/v1.0/users/${target.id}?$select=${HEADER}`, { token: admin });
    expect(response.body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#users(${HEADER})/$entity`);
    const user = response.body as User;
    expect(Object.keys(user).slice(1)).toEqual(HEADER.split(','));
    expect(user).toMatchObject<User>({
      accountEnabled: target.accountEnabled,
      userType: 'Member',
      createdDateTime: target.createdDateTime,
    });
    expect([true, null]).toContain(user.onPremisesSyncEnabled);
    expect(Date.parse(user.lastPasswordChangeDateTime as string)).toBeGreaterThanOrEqual(
      Date.parse(target.createdDateTime),
    );
    expect(user.signInSessionsValidFromDateTime).toEqual(expect.any(String));
  });

  it('returns SharePoint-backed properties for one user (they are 501 only in a collection)', async () => {
    const response = await emulator.graph(`/v1.0/users/${target.id}?$select=id,aboutMe,skills,birthday`, {
      token: admin,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ aboutMe: null, skills: [] });
  });

  it('refuses unknown properties and unsupported options', async () => {
    expectGraphError(
      await emulator.graph(`/v1.0/users/${target.id}?$select=shoeSize`, { token: admin }),
      400,
      'BadRequest',
    );
    expectGraphError(
      await emulator.graph(`/v1.0/users/${target.id}?$top=1`, { token: admin }),
      400,
      'BadRequest',
    );
  });
});

describe('GET /users/{id}?$select=signInActivity (docs/graph-notes.md §11.7)', () => {
  const path = () => `/v1.0/users/${target.id}?$select=id,signInActivity`;

  it('derives the last sign-in from the most recent method use, the same on every call', async () => {
    const response = await emulator.graph(path(), { token: admin });
    expect(response.status).toBe(200);
    const activity = (response.body as User).signInActivity as SignInActivity;
    const latest = target.methods
      .map((m) => m.lastUsedDateTime)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) as string;
    expect(Date.parse(activity.lastSignInDateTime as string)).toBe(
      Math.floor(Date.parse(latest) / 1000) * 1000,
    );
    expect(activity.lastSignInDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(activity.lastSignInRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(activity.lastNonInteractiveSignInDateTime as string)).toBeGreaterThanOrEqual(
      Date.parse(activity.lastSignInDateTime as string),
    );
    expect(activity.lastSuccessfulSignInDateTime).toBe(activity.lastSignInDateTime);
    expect((await emulator.graph(path(), { token: admin })).body).toEqual(response.body);
  });

  it('leaves the property out for a user who never signed in', async () => {
    const idle = emulator.state.tenant.users.find((u) =>
      u.methods.every((m) => m.lastUsedDateTime === null),
    ) as TenantUser;
    const response = await emulator.graph(`/v1.0/users/${idle.id}?$select=id,signInActivity`, {
      token: admin,
    });
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('signInActivity');
  });

  it('needs AuditLog.Read.All', async () => {
    const token = await emulator.token('global-admin', ['User.Read.All']);
    expectGraphError(await emulator.graph(path(), { token }), 403, 'Authorization_RequestDenied');
    expect((await emulator.graph(`/v1.0/users/${target.id}?$select=id`, { token })).status).toBe(200);
  });

  it('needs a P1 or P2 tenant', async () => {
    emulator.state.tenant.tier = 'free';
    expectGraphError(
      await emulator.graph(path(), { token: admin }),
      403,
      'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    );
    emulator.state.tenant.tier = 'p1';
    expect((await emulator.graph(path(), { token: admin })).status).toBe(200);
  });

  it('can blank only the property instead (signInActivityFailure: property)', async () => {
    emulator.state.options.signInActivityFailure = 'property';
    emulator.state.tenant.tier = 'free';
    const response = await emulator.graph(`/v1.0/users/${target.id}?$select=id,displayName,signInActivity`, {
      token: admin,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ displayName: target.displayName, signInActivity: null });
  });

  it('can also require a sign-in log reader role (signInActivityRoleGate)', async () => {
    emulator.state.options.signInActivityRoleGate = true;
    expectGraphError(
      await emulator.graph(path(), { token: await emulator.token('helpdesk') }),
      403,
      'Authorization_RequestDenied',
    );
    expect((await emulator.graph(path(), { token: await emulator.token('security-lead') })).status).toBe(200);
  });

  it('caps list pages at 120 when selected', async () => {
    const response = await emulator.graph('/v1.0/users?$select=id,signInActivity&$top=500', { token: admin });
    expect(response.status).toBe(200);
    expect(response.body.value).toHaveLength(120);
    expect(response.body['@odata.nextLink']).toEqual(expect.any(String));
  });
});
