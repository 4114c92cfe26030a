import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../../testing/expect-graph-error.ts';
import { has, userWhere } from '../../../testing/tenant-picks.ts';
import { startTestEmulator, type TestEmulator } from '../../../testing/test-emulator.ts';
import type { TenantUser } from '../../../tenant/model.ts';
import { registrationRowOf } from '../../../tenant/registration-details.ts';

let emulator: TestEmulator;
let token: string;
const MOBILE = '3179e48a-750b-4051-897c-87b9720928f7';
const ALT = 'b6332ec1-7057-4abe-9331-3d72feddfe41';
const PASSWORD = '28c10230-6103-485e-b985-444c60001490';

beforeAll(async () => {
  emulator = await startTestEmulator({ users: 400, passwordResetDelayMs: 2000 });
  token = await emulator.token('privileged-helpdesk');
});
beforeEach(() => emulator.state.reset());
afterAll(() => emulator.close());

const at = (user: TenantUser, path: string) => `/v1.0/users/${user.id}/authentication${path}`;
const call = (path: string, method = 'GET', body?: unknown, as = token) =>
  emulator.graph(path, { token: as, method, body });
const fresh = (pred: (u: TenantUser) => boolean) =>
  userWhere(
    emulator,
    (u) => u.roles.length === 0 && u.department !== 'IT' && u.userType === 'member' && pred(u),
  );
const row = (user: TenantUser) =>
  registrationRowOf(
    emulator.state.tenant,
    emulator.state.tenant.usersById.get(user.id) as TenantUser,
    emulator.state.clock.now(),
  );

describe('phones', () => {
  it('adds a mobile with its well-known id, then refuses a second one and a bad number', async () => {
    const user = fresh((u) => !has(u, 'phone'));
    const created = await call(at(user, '/phoneMethods'), 'POST', {
      phoneNumber: '+1 2065555555',
      phoneType: 'mobile',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: MOBILE, phoneNumber: '+1 2065555555', phoneType: 'mobile' });
    expect(row(user).methodsRegistered).toContain('mobilePhone');
    expectGraphError(
      await call(at(user, '/phoneMethods'), 'POST', { phoneNumber: '+1 2065555556', phoneType: 'mobile' }),
      400,
      'badRequest',
    );
    for (const bad of ['2065555555', '+1-206-555-5555', '+1 206 555 5555', '+1 20655x', 'call me']) {
      expectGraphError(
        await call(at(user, '/phoneMethods'), 'POST', { phoneNumber: bad, phoneType: 'office' }),
        400,
        'badRequest',
      );
    }
    expect(user.methods.filter((m) => m.kind === 'phone')).toHaveLength(1);
  });

  it('needs a mobile before an alternate mobile, and keeps the mobile while the alternate exists', async () => {
    const user = fresh((u) => !has(u, 'phone'));
    expectGraphError(
      await call(at(user, '/phoneMethods'), 'POST', {
        phoneNumber: '+1 2065550001',
        phoneType: 'alternateMobile',
      }),
      400,
      'badRequest',
    );
    await call(at(user, '/phoneMethods'), 'POST', { phoneNumber: '+1 2065550002', phoneType: 'mobile' });
    expect(
      (
        await call(at(user, '/phoneMethods'), 'POST', {
          phoneNumber: '+1 2065550003',
          phoneType: 'alternateMobile',
        })
      ).status,
    ).toBe(201);
    // Not the default, so only the alternate rule applies.
    (emulator.state.tenant.usersById.get(user.id) as TenantUser).defaultMethod = 'voiceAlternateMobile';
    expectGraphError(await call(at(user, `/phoneMethods/${MOBILE}`), 'DELETE'), 400, 'badRequest');
  });

  it('updates the number with 204 but never the type', async () => {
    const user = fresh((u) => u.methods.some((m) => m.kind === 'phone' && m.phoneType === 'mobile'));
    expect(
      (await call(at(user, `/phoneMethods/${MOBILE}`), 'PATCH', { phoneNumber: '+44 7700900123' })).status,
    ).toBe(204);
    expect((await call(at(user, `/phoneMethods/${MOBILE}`))).body.phoneNumber).toBe('+44 7700900123');
    expectGraphError(
      await call(at(user, `/phoneMethods/${MOBILE}`), 'PATCH', { phoneType: 'office' }),
      400,
      'badRequest',
    );
  });

  it('refuses to delete the default phone until the default moves (signInPreferences)', async () => {
    const user = fresh(
      (u) =>
        u.defaultMethod === 'sms' &&
        has(u, 'microsoftAuthenticator') === false &&
        u.methods.some((m) => m.kind === 'phone' && m.phoneType === 'mobile') &&
        !u.methods.some((m) => m.kind === 'phone' && m.phoneType === 'alternateMobile'),
    );
    expectGraphError(await call(at(user, `/phoneMethods/${MOBILE}`), 'DELETE'), 400, 'badRequest');
    await call(at(user, '/phoneMethods'), 'POST', { phoneNumber: '+1 4255550100', phoneType: 'office' });
    expect(
      (
        await emulator.graph(`/beta/users/${user.id}/authentication/signInPreferences`, {
          token,
          method: 'PATCH',
          body: { userPreferredMethodForSecondaryAuthentication: 'voiceOffice' },
        })
      ).status,
    ).toBe(204);
    expect((await call(at(user, `/phoneMethods/${MOBILE}`), 'DELETE')).status).toBe(204);
    expect(row(user).methodsRegistered).not.toContain('mobilePhone');
  });

  it('enables SMS sign-in on the mobile only', async () => {
    const user = fresh((u) => u.methods.some((m) => m.kind === 'phone' && m.phoneType === 'mobile'));
    expect((await call(at(user, `/phoneMethods/${MOBILE}/enableSmsSignIn`), 'POST')).status).toBe(204);
    expect((await call(at(user, `/phoneMethods/${MOBILE}`))).body.smsSignInState).toBe('ready');
    expect((await call(at(user, `/phoneMethods/${MOBILE}/disableSmsSignIn`), 'POST')).status).toBe(204);
    expect((await call(at(user, `/phoneMethods/${MOBILE}`))).body.smsSignInState).toBe('notEnabled');
    expectGraphError(
      await call(at(user, `/phoneMethods/${ALT}/enableSmsSignIn`), 'POST'),
      404,
      'itemNotFound',
    );
  });
});

describe('email, keys and generic deletes', () => {
  it('adds one email method, validates it, updates and deletes it', async () => {
    const user = fresh((u) => !has(u, 'email'));
    expectGraphError(
      await call(at(user, '/emailMethods'), 'POST', { emailAddress: 'not an email' }),
      400,
      'badRequest',
    );
    expect((await call(at(user, '/emailMethods'), 'POST', { emailAddress: 'kim@contoso.com' })).status).toBe(
      201,
    );
    expectGraphError(
      await call(at(user, '/emailMethods'), 'POST', { emailAddress: 'kim2@contoso.com' }),
      400,
      'badRequest',
    );
    const id = '3ddfcfc8-9383-446f-83cc-3ab9be4be18f';
    expect(
      (await call(at(user, `/emailMethods/${id}`), 'PATCH', { emailAddress: 'kim@fabrikam.com' })).status,
    ).toBe(204);
    expect((await call(at(user, `/emailMethods/${id}`))).body.emailAddress).toBe('kim@fabrikam.com');
    expect((await call(at(user, `/emailMethods/${id}`), 'DELETE')).status).toBe(204);
    expect((await call(at(user, '/emailMethods'))).body.value).toEqual([]);
  });

  it('refuses accented characters in the address unless told to accept them (emailNonAscii)', async () => {
    const user = fresh((u) => !has(u, 'email'));
    for (const emailAddress of ['jörg@contoso.com', 'kim@bücher.de'])
      expectGraphError(await call(at(user, '/emailMethods'), 'POST', { emailAddress }), 400, 'badRequest');
    // An international domain in its ASCII (punycode) form is plain ASCII.
    expect(
      (await call(at(user, '/emailMethods'), 'POST', { emailAddress: 'kim@xn--bcher-kva.de' })).status,
    ).toBe(201);
    emulator.state.options.emailNonAscii = 'accept';
    try {
      const id = '3ddfcfc8-9383-446f-83cc-3ab9be4be18f';
      expect(
        (await call(at(user, `/emailMethods/${id}`), 'PATCH', { emailAddress: 'jörg@contoso.com' })).status,
      ).toBe(204);
    } finally {
      emulator.state.options.emailNonAscii = 'refuse';
    }
  });

  it('deletes a lost FIDO2 key; the report follows and a second delete is 404', async () => {
    const user = fresh((u) => u.methods.filter((m) => m.kind === 'fido2').length === 1);
    const key = user.methods.find((m) => m.kind === 'fido2');
    const before = row(user).methodsRegistered;
    expect(
      (await call(at(user, `/fido2Methods/${encodeURIComponent(key?.id ?? '')}`), 'DELETE')).status,
    ).toBe(204);
    expect(row(user).methodsRegistered.length).toBe(before.length - 1);
    expectGraphError(
      await call(at(user, `/fido2Methods/${encodeURIComponent(key?.id ?? '')}`), 'DELETE'),
      404,
      'itemNotFound',
    );
  });

  it('deletes through the generic /methods path, moves the default off a deleted Authenticator, and never deletes the password', async () => {
    const user = fresh(
      (u) =>
        u.defaultMethod === 'push' && u.methods.some((m) => m.kind === 'phone' && m.phoneType === 'mobile'),
    );
    for (const m of user.methods.filter((x) => x.kind === 'microsoftAuthenticator')) {
      expect((await call(at(user, `/methods/${m.id}`), 'DELETE')).status).toBe(204);
    }
    expect(emulator.state.tenant.usersById.get(user.id)?.defaultMethod).toBe('sms');
    expectGraphError(await call(at(user, `/methods/${PASSWORD}`), 'DELETE'), 400, 'badRequest');
  });

  it('refuses malformed JSON, unknown properties and wrong types, writing nothing', async () => {
    const user = fresh((u) => !has(u, 'phone'));
    const raw = await fetch(`${emulator.url}${at(user, '/phoneMethods')}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{"phoneNumber": "+1 2065555555",',
    });
    expect(raw.status).toBe(400);
    expectGraphError(
      await call(at(user, '/phoneMethods'), 'POST', {
        phoneNumber: '+1 2065555555',
        phoneType: 'mobile',
        smsSignInState: 'ready',
        colour: 'red',
      }),
      400,
      'BadRequest',
    );
    expectGraphError(
      await call(at(user, '/temporaryAccessPassMethods'), 'POST', { lifetimeInMinutes: '60' }),
      400,
      'BadRequest',
    );
    expect(
      emulator.state.tenant.usersById
        .get(user.id)
        ?.methods.some((m) => m.kind === 'phone' || m.kind === 'temporaryAccessPass'),
    ).toBe(false);
  });

  it('stops an Authentication Administrator at an admin target', async () => {
    const helpdesk = await emulator.token('helpdesk');
    const admin = userWhere(emulator, (u) => u.roles.includes('62e90394-69f5-4237-9190-012177145e10'));
    expectGraphError(
      await call(at(admin, '/temporaryAccessPassMethods'), 'POST', {}, helpdesk),
      403,
      'Authorization_RequestDenied',
    );
  });
});

describe('Temporary Access Pass', () => {
  it('returns the code once, applies policy defaults and reports usability over time', async () => {
    const user = fresh(() => true);
    const created = await call(at(user, '/temporaryAccessPassMethods'), 'POST', {});
    expect(created.status).toBe(201);
    expect(created.body.temporaryAccessPass).toMatch(/^.{8}$/);
    expect(created.body).toMatchObject({
      lifetimeInMinutes: 60,
      isUsableOnce: false,
      isUsable: true,
      methodUsabilityReason: 'EnabledByPolicy',
    });
    const listed = await call(at(user, '/temporaryAccessPassMethods'));
    expect(listed.body.value).toHaveLength(1);
    expect(listed.body.value[0].temporaryAccessPass).toBeNull();
    emulator.state.clock.setNow(Date.now() + 61 * 60_000);
    // The clock jump outlives the old token too.
    const later = await emulator.token('privileged-helpdesk');
    expect(
      (await call(at(user, `/temporaryAccessPassMethods/${created.body.id}`), 'GET', undefined, later)).body,
    ).toMatchObject({ isUsable: false, methodUsabilityReason: 'Expired' });
  });

  it('starts later when asked, replaces an existing pass, and keeps lifetimes within the policy', async () => {
    const user = fresh(() => true);
    const later = new Date(Date.now() + 3 * 3600_000).toISOString();
    const first = await call(at(user, '/temporaryAccessPassMethods'), 'POST', {
      startDateTime: later,
      lifetimeInMinutes: 120,
      isUsableOnce: true,
    });
    expect(first.body).toMatchObject({
      isUsable: false,
      methodUsabilityReason: 'NotYetValid',
      isUsableOnce: true,
    });
    const second = await call(at(user, '/temporaryAccessPassMethods'), 'POST', { lifetimeInMinutes: 480 });
    expect(
      (await call(at(user, '/temporaryAccessPassMethods'))).body.value.map((m: { id: string }) => m.id),
    ).toEqual([second.body.id]);
    expectGraphError(
      await call(at(user, '/temporaryAccessPassMethods'), 'POST', { lifetimeInMinutes: 30 }),
      400,
      'badRequest',
    );
    expectGraphError(
      await call(at(user, '/temporaryAccessPassMethods'), 'POST', { lifetimeInMinutes: 43201 }),
      400,
      'badRequest',
    );
    emulator.state.tenant.policy.tap.isUsableOnce = true;
    expectGraphError(
      await call(at(user, '/temporaryAccessPassMethods'), 'POST', { isUsableOnce: false }),
      400,
      'badRequest',
    );
  });
});

describe('password reset', () => {
  it('answers 202 with a Location to poll, and a generated password once', async () => {
    const user = fresh(() => true);
    const started = await call(at(user, `/passwordMethods/${PASSWORD}/resetPassword`), 'POST');
    expect(started.status).toBe(202);
    expect(started.body.newPassword).toEqual(expect.any(String));
    const location = started.headers.get('location') as string;
    expect(location).toContain(`/users/${user.id}/authentication/operations/`);
    const poll = () => call(location.replace(/^https?:\/\/[^/]+/, ''));
    expect(['notStarted', 'running']).toContain((await poll()).body.status);
    emulator.state.clock.setNow(Date.now() + 5000);
    expect((await poll()).body).toMatchObject({ status: 'succeeded', statusDetail: 'ResetSuccess' });
  });

  it('takes an admin-supplied password with an empty body back, checks it against the policy, and refuses self-service', async () => {
    const user = fresh(() => true);
    const supplied = await call(at(user, `/methods/${PASSWORD}/resetPassword`), 'POST', {
      newPassword: 'Harbor-9931-xk',
    });
    expect(supplied.status).toBe(202);
    expect(supplied.body).toEqual({});
    expectGraphError(
      await call(at(user, `/passwordMethods/${PASSWORD}/resetPassword`), 'POST', { newPassword: 'short' }),
      400,
      'badRequest',
    );
    expectGraphError(
      await call(`/v1.0/me/authentication/passwordMethods/${PASSWORD}/resetPassword`, 'POST'),
      403,
      'accessDenied',
    );
  });

  it('can be configured to fail, as the operation reports', async () => {
    emulator.state.options.passwordResetOutcome = 'failed';
    const user = fresh(() => true);
    const started = await call(at(user, `/passwordMethods/${PASSWORD}/resetPassword`), 'POST');
    emulator.state.clock.setNow(Date.now() + 5000);
    const done = await call((started.headers.get('location') as string).replace(/^https?:\/\/[^/]+/, ''));
    emulator.state.options.passwordResetOutcome = 'succeeded';
    expect(done.body.status).toBe('failed');
  });
});

describe('signInPreferences and the methods policy', () => {
  it('exists in beta only, and refuses a preference the user has no method for', async () => {
    const user = fresh((u) => !has(u, 'softwareOath') && !has(u, 'microsoftAuthenticator'));
    expectGraphError(
      await call(`/v1.0/users/${user.id}/authentication/signInPreferences`),
      400,
      'BadRequest',
    );
    const prefs = await emulator.graph(`/beta/users/${user.id}/authentication/signInPreferences`, { token });
    expect(prefs.body).toHaveProperty('isSystemPreferredAuthenticationMethodEnabled');
    const refused = await emulator.graph(`/beta/users/${user.id}/authentication/signInPreferences`, {
      token,
      method: 'PATCH',
      body: { userPreferredMethodForSecondaryAuthentication: 'oath' },
    });
    expectGraphError(refused, 400, 'badRequest');
  });

  it('lets a Global Reader read the TAP policy, case-insensitively, and refuses the helpdesk by default', async () => {
    const reader = await emulator.token('global-reader');
    const tap = await emulator.graph(
      '/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/temporaryAccessPass',
      { token: reader },
    );
    expect(tap.body).toMatchObject({
      id: 'TemporaryAccessPass',
      state: 'enabled',
      minimumLifetimeInMinutes: 60,
      maximumLifetimeInMinutes: 480,
    });
    const whole = await emulator.graph('/v1.0/policies/authenticationMethodsPolicy', { token: reader });
    expect(whole.body.authenticationMethodConfigurations.map((c: { id: string }) => c.id)).toContain('Fido2');
    expectGraphError(
      await emulator.graph('/v1.0/policies/authenticationMethodsPolicy', {
        token: await emulator.token('helpdesk'),
      }),
      403,
      'Authorization_RequestDenied',
    );
  });
});
