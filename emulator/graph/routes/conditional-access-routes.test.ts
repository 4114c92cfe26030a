import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

// Conditional Access policies as Graph v1.0 lists them (conditionalaccessroot-list-policies.md).
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 200 });
});
afterAll(() => emulator.close());

const PATH = '/v1.0/identity/conditionalAccess/policies';
const read = async (persona: string, scopes = ['Policy.Read.All']) =>
  emulator.graph(PATH, { token: await emulator.token(persona, scopes) });

describe('GET /identity/conditionalAccess/policies', () => {
  it('lists the policies with their user action and the authentication strength inline', async () => {
    const { status, body } = await read('global-reader');
    expect(status).toBe(200);
    const pilot = emulator.state.tenant.phonePolicy.groups.find((g) => g.displayName === 'Passkey pilot')!;
    const registration = body.value.find((p: { conditions: { users: { includeGroups: string[] } } }) =>
      p.conditions.users.includeGroups.includes(pilot.id),
    );
    expect(registration).toMatchObject({
      state: 'enabled',
      conditions: {
        clientAppTypes: ['all'],
        applications: { includeUserActions: ['urn:user:registersecurityinfo'] },
      },
      grantControls: {
        authenticationStrength: {
          id: '00000000-0000-0000-0000-000000000004',
          policyType: 'builtIn',
          allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'],
        },
      },
    });
    expect(body.value.map((p: { state: string }) => p.state)).toContain('enabledForReportingButNotEnforced');
    const one = await emulator.graph(`${PATH}/${registration.id}`, {
      token: await emulator.token('security-lead', ['Policy.Read.All']),
    });
    expect(one.body.displayName).toBe(registration.displayName);
  });

  it('needs Policy.Read.All and a Conditional Access reading role: not an Authentication Administrator', async () => {
    expectGraphError(await read('helpdesk'), 403, 'AccessDenied');
    expectGraphError(
      await read('global-reader', ['Policy.Read.AuthenticationMethod']),
      403,
      'Authorization_RequestDenied',
    );
    expect((await read('security-lead')).status).toBe(200);
  });
});
