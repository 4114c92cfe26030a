import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RETIRED_KEY_AAGUID, WINDOWS_HELLO_AAGUIDS } from '../tenant/phone-policy.ts';
import { userWhere } from '../testing/tenant-picks.ts';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

// POST /__emulator/passkeys: a user finishing passkey setup, seen as Graph and the audit log would show it.
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 200 });
});
beforeEach(() => emulator.state.reset());
afterAll(() => emulator.close());

const register = (body: unknown) =>
  fetch(`${emulator.url}/__emulator/passkeys`, { method: 'POST', body: JSON.stringify(body) });

describe('POST /__emulator/passkeys', () => {
  it('adds the passkey to the user’s methods, with its kind by AAGUID, and logs the user’s registration', async () => {
    const user = userWhere(
      emulator,
      (u) => u.userType === 'member' && !u.methods.some((m) => m.kind === 'fido2'),
    );
    const response = await register({
      user: user.userPrincipalName.toUpperCase(),
      aaGuid: 'DE1E552D-DB1D-4423-A619-566B625CDC84',
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string };
    const token = await emulator.token('privileged-helpdesk', ['UserAuthenticationMethod.Read.All']);
    const keys = await emulator.graph(`/v1.0/users/${user.id}/authentication/fido2Methods`, { token });
    expect(keys.body.value).toEqual([
      expect.objectContaining({
        id: created.id,
        aaGuid: 'de1e552d-db1d-4423-a619-566b625cdc84',
        model: 'Microsoft Authenticator - Android',
        passkeyType: 'deviceBound',
        attestationLevel: 'attested',
      }),
    ]);
    const lead = await emulator.token('security-lead', ['AuditLog.Read.All', 'Directory.Read.All']);
    const filter = encodeURIComponent(`targetResources/any(t:t/id eq '${user.id}')`);
    const [latest] = (
      await emulator.graph(`/v1.0/auditLogs/directoryAudits?$filter=${filter}`, { token: lead })
    ).body.value;
    expect(latest).toMatchObject({
      activityDisplayName: 'User registered security info',
      resultReason: 'User registered Fido2 Authentication Method',
      initiatedBy: { user: { id: user.id }, app: { displayName: 'My Signins' } },
    });
    expect(latest).not.toHaveProperty('userAgent'); // v1.0; beta has it
  });

  it('is refused as Entra refuses the user: passkeys disabled, or no profile for the kind', async () => {
    const user = userWhere(emulator, (u) => u.userType === 'member');
    const { fido2 } = emulator.state.tenant.phonePolicy;
    fido2.state = 'disabled';
    expect((await register({ user: user.id })).status).toBe(409);
    fido2.state = 'enabled';
    fido2.passkeyProfiles[0]!.passkeyTypes = 'deviceBound';
    const synced = await register({ user: user.id, aaGuid: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd' });
    expect(synced.status).toBe(409);
    expect(((await synced.json()) as { error: string }).error).toMatch(/synced/);
    expect((await register({ user: user.id })).status).toBe(201);
  });

  it("follows the profiles the user's groups name: a blocked model, and Windows passkeys for the pilot only", async () => {
    const { groups } = emulator.state.tenant.phonePolicy;
    const pilot = groups.find((g) => g.displayName === 'Passkey pilot')!;
    const outsider = userWhere(emulator, (u) => u.userType === 'member' && !pilot.memberIds.has(u.id));
    const member = emulator.state.tenant.users.find((u) => pilot.memberIds.has(u.id))!;
    const blocked = await register({ user: outsider.id, aaGuid: RETIRED_KEY_AAGUID });
    expect(blocked.status).toBe(409);
    expect(((await blocked.json()) as { error: string }).error).toMatch(/blocks this authenticator/);
    const [windows] = WINDOWS_HELLO_AAGUIDS;
    expect((await register({ user: outsider.id, aaGuid: windows })).status).toBe(409);
    const allowed = await register({ user: member.id, aaGuid: windows });
    expect(allowed.status).toBe(201);
    expect(await allowed.json()).toMatchObject({
      passkeyType: 'deviceBound',
      aaGuid: windows,
    });
  });

  it('is refused by Conditional Access when a pass cannot meet the strength it asks to register security info', async () => {
    const { tenant } = emulator.state;
    const pilot = tenant.phonePolicy.groups.find((g) => g.displayName === 'Passkey pilot')!;
    const bare = tenant.users.find(
      (u) =>
        pilot.memberIds.has(u.id) &&
        !u.methods.some((m) => m.kind === 'fido2' || m.kind === 'windowsHelloForBusiness'),
    )!;
    const refused = await register({ user: bare.id });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Phishing resistant MFA/);
    // The report-only bootstrap policy is never enforced: an outsider registers.
    const outsider = userWhere(emulator, (u) => u.userType === 'member' && !pilot.memberIds.has(u.id));
    expect((await register({ user: outsider.id })).status).toBe(201);
  });

  it('refuses an unknown user or an AAGUID that is not a GUID', async () => {
    expect((await register({ user: 'nobody@nowhere.test' })).status).toBe(400);
    const user = userWhere(emulator, (u) => u.userType === 'member');
    expect((await register({ user: user.id, aaGuid: '<script>' })).status).toBe(400);
    expect((await register('not an object')).status).toBe(400);
  });
});
