import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETIRED_KEY_AAGUID, transitiveUserIds, WINDOWS_HELLO_AAGUIDS } from '../../tenant/phone-policy.ts';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

// The SMS and voice retirement's policy and groups as Graph shows and enforces them (tenant/phone-policy.ts,
// docs/sms-voice-retirement.md).
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 400 });
});
afterAll(() => emulator.close());

const get = async (persona: string, path: string) =>
  emulator.graph(path, { token: await emulator.token(persona) });
const group = (name: string) => emulator.state.tenant.phonePolicy.groups.find((g) => g.displayName === name)!;

describe('the policy', () => {
  it('shows Sms for all users except a group, Voice for a group, passkey profiles (v1.0) and the campaign', async () => {
    const policy = (await get('global-reader', '/v1.0/policies/authenticationMethodsPolicy')).body;
    const config = (id: string) =>
      policy.authenticationMethodConfigurations.find((c: { id: string }) => c.id === id);
    expect(config('Sms')).toMatchObject({
      state: 'enabled',
      includeTargets: [{ id: 'all_users', targetType: 'group', isUsableForSignIn: true }],
      excludeTargets: [{ id: group('Passkey pilot').id, targetType: 'group' }],
    });
    expect(config('Voice')).toMatchObject({ includeTargets: [{ id: group('Contact centre').id }] });
    const fido2 = config('Fido2');
    const [standard, windows] = fido2.passkeyProfiles;
    expect(fido2.defaultPasskeyProfile).toBe(standard.id);
    expect(standard).toMatchObject({
      name: 'Default passkey profile',
      passkeyTypes: 'deviceBound,synced',
      keyRestrictions: { isEnforced: true, enforcementType: 'block', aaGuids: [RETIRED_KEY_AAGUID] },
    });
    expect(windows).toMatchObject({
      passkeyTypes: 'deviceBound',
      attestationEnforcement: 'disabled',
      keyRestrictions: { isEnforced: true, enforcementType: 'allow', aaGuids: WINDOWS_HELLO_AAGUIDS },
    });
    expect(fido2.includeTargets).toEqual([
      expect.objectContaining({ id: 'all_users', allowedPasskeyProfiles: [standard.id] }),
      expect.objectContaining({
        id: group('Passkey pilot').id,
        allowedPasskeyProfiles: [standard.id, windows.id],
      }),
    ]);
    expect(policy.registrationEnforcement.authenticationMethodsRegistrationCampaign).toMatchObject({
      state: 'default',
      includeTargets: [{ id: 'all_users', targetedAuthenticationMethod: 'Fido2' }],
    });
    expect(policy.optOutSettings).toBeUndefined();
    const beta = (await get('global-reader', '/beta/policies/authenticationMethodsPolicy')).body;
    expect(beta.optOutSettings).toEqual({ passkeyDynamicMigration: false });
  });

  it('is read by a Global Reader, not by a Security Reader (authenticationmethodspolicy-get.md)', async () => {
    expectGraphError(
      await get('security-lead', '/v1.0/policies/authenticationMethodsPolicy'),
      403,
      'Authorization_RequestDenied',
    );
  });

  it('changes through PATCH for an administrator with Policy.ReadWrite.AuthenticationMethod only', async () => {
    const path = '/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Sms';
    const body = {
      '@odata.type': '#microsoft.graph.smsAuthenticationMethodConfiguration',
      state: 'disabled',
    };
    const reader = await emulator.token('global-reader', ['Policy.ReadWrite.AuthenticationMethod']);
    expectGraphError(
      await emulator.graph(path, { token: reader, method: 'PATCH', body }),
      403,
      'Authorization_RequestDenied',
    );
    const admin = await emulator.token('global-admin', ['Policy.ReadWrite.AuthenticationMethod']);
    expect((await emulator.graph(path, { token: admin, method: 'PATCH', body })).status).toBe(204);
    expect((await get('global-reader', path)).body.state).toBe('disabled');
    expectGraphError(
      await emulator.graph(path, { token: admin, method: 'PATCH', body: { state: 'sometimes' } }),
      400,
      'badRequest',
    );
    await emulator.graph(path, { token: admin, method: 'PATCH', body: { state: 'enabled' } });
  });
});

describe('the groups it targets', () => {
  it('lists transitive user members through nesting and a loop, each once, paged', async () => {
    const centre = group('Contact centre');
    const expected = transitiveUserIds(emulator.state.tenant.phonePolicy.groups, centre.id);
    const ids: string[] = [];
    let next: string | undefined =
      `/v1.0/groups/${centre.id}/transitiveMembers/microsoft.graph.user?$select=id&$top=10`;
    while (next) {
      const page = await get('security-lead', next.replace(/^https?:\/\/[^/]+/, ''));
      expect(page.status).toBe(200);
      ids.push(...page.body.value.map((u: { id: string }) => u.id));
      next = page.body['@odata.nextLink'];
    }
    expect(ids.sort()).toEqual([...expected].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(30); // the nested Night shift's agents too
  });

  it("lists a user's security groups: direct ones for memberOf, nested ones too for transitiveMemberOf", async () => {
    const night = group('Night shift');
    const centre = group('Contact centre');
    const agent = [...night.memberIds].find(
      (id) => emulator.state.tenant.usersById.has(id) && !centre.memberIds.has(id),
    )!;
    const names = async (segment: string) =>
      (
        await get(
          'global-reader',
          `/v1.0/users/${agent}/${segment}/microsoft.graph.group?$select=id,displayName`,
        )
      ).body.value.map((g: { displayName: string }) => g.displayName);
    expect(await names('memberOf')).toContain('Night shift');
    expect(await names('memberOf')).not.toContain('Contact centre');
    // Night shift is in Contact centre, which is in Night shift: each once.
    expect((await names('transitiveMemberOf')).sort()).toEqual(['Contact centre', 'Night shift']);
  });

  it('answers 404 for a group that no longer exists, and refuses a token without a group scope', async () => {
    expectGraphError(
      await get('security-lead', '/v1.0/groups/00000000-0000-0000-0000-000000000000'),
      404,
      'Request_ResourceNotFound',
    );
    const token = await emulator.token('security-lead', ['User.Read']);
    expectGraphError(
      await emulator.graph(`/v1.0/groups/${group('Passkey pilot').id}`, { token }),
      403,
      'Authorization_RequestDenied',
    );
  });
});

describe('SMS sign-in follows the Sms targets (smsauthenticationmethodtarget.md, isUsableForSignIn)', () => {
  const MOBILE = '3179e48a-750b-4051-897c-87b9720928f7';
  it('refuses SMS sign-in to an excluded group member and shows their phone as not allowed by policy', async () => {
    const pilot = group('Passkey pilot');
    const tenant = emulator.state.tenant;
    const member = tenant.users.find(
      (u) =>
        pilot.memberIds.has(u.id) && u.methods.some((m) => m.kind === 'phone' && m.phoneType === 'mobile'),
    )!;
    const outsider = tenant.users.find(
      (u) =>
        u.userType === 'member' &&
        u.roles.length === 0 &&
        !pilot.memberIds.has(u.id) &&
        u.methods.some((m) => m.kind === 'phone' && m.phoneType === 'mobile'),
    )!;
    const token = await emulator.token('global-admin', ['UserAuthenticationMethod.ReadWrite.All']);
    const phone = (user: { id: string }, suffix = '') =>
      emulator.graph(`/v1.0/users/${user.id}/authentication/phoneMethods/${MOBILE}${suffix}`, {
        token,
        method: suffix ? 'POST' : 'GET',
      });
    expect((await phone(member)).body.smsSignInState).toBe('notAllowedByPolicy');
    expectGraphError(await phone(member, '/enableSmsSignIn'), 400, 'badRequest');
    expect((await phone(outsider)).body.smsSignInState).toBe('notEnabled');
    // SMS sign-in off for everyone: the outsider's phone follows at once.
    const policy = tenant.phonePolicy;
    const before = policy.sms.includeTargets;
    policy.sms.includeTargets = [{ id: 'all_users', targetType: 'group', isUsableForSignIn: false }];
    try {
      expect((await phone(outsider)).body.smsSignInState).toBe('notAllowedByPolicy');
    } finally {
      policy.sms.includeTargets = before;
    }
  });
});

describe('guests', () => {
  it('tells internal guests (the tenant’s own credentials) from external users by identities and name', async () => {
    const list = await get(
      'global-reader',
      `/v1.0/users?$select=id,userPrincipalName,userType,identities&$top=999`,
    );
    const guests = list.body.value.filter((u: { userType: string }) => u.userType === 'Guest');
    const internal = guests.filter(
      (u: { userPrincipalName: string }) => !u.userPrincipalName.includes('#EXT#'),
    );
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.length).toBeLessThan(guests.length);
    for (const u of internal) expect(u.identities[0].signInType).toBe('userPrincipalName');
    const external = guests.find((u: { userPrincipalName: string }) => u.userPrincipalName.includes('#EXT#'));
    expect(external.identities[0].issuer).toBe('ExternalAzureAD');
  });
});
