import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isShielded } from '../../../tenant/delegation.ts';
import { PERSONAS } from '../../../tenant/personas.ts';
import { ROLE } from '../../../tenant/roles.ts';
import { startTestEmulator, type TestEmulator } from '../../../testing/test-emulator.ts';

// entra-docs privileged-roles-permissions.md "Who can reset passwords", through Graph: the beta resetPassword
// page lets User, Helpdesk and Password Administrators reset within that table; v1.0 names the Authentication
// and Privileged Authentication Administrators only.
const PASSWORD = '28c10230-6103-485e-b985-444c60001490';
const PERSONA_ALIASES = new Set(PERSONAS.map((p) => p.alias));
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 400, passwordResetDelayMs: 0 });
});
afterAll(() => emulator.close());

/** A member without roles and not a persona, given exactly this role for the test. */
let taken = 0;
function holderOf(role: string): string {
  const users = emulator.state.tenant.users.filter(
    (u) =>
      u.userType === 'member' &&
      u.roles.length === 0 &&
      !isShielded(emulator.state.tenant.delegation, u.id) &&
      !PERSONA_ALIASES.has(u.userPrincipalName.split('@')[0]!),
  );
  const user = users[taken++]!;
  user.roles = [role];
  return user.id;
}

const reset = async (persona: string, target: string, version: 'beta' | 'v1.0') => {
  const path =
    version === 'beta'
      ? `/beta/users/${target}/authentication/passwordMethods/${PASSWORD}/resetPassword`
      : `/v1.0/users/${target}/authentication/methods/${PASSWORD}/resetPassword`;
  return emulator.graph(path, { token: await emulator.token(persona), method: 'POST', body: {} });
};

describe('password resets follow "Who can reset passwords"', () => {
  it('lets a Helpdesk Administrator reset another on beta, and follow the operation', async () => {
    const target = holderOf(ROLE.helpdeskAdministrator);
    const answer = await reset('helpdesk-admin', target, 'beta');
    expect(answer.status).toBe(202);
    const operation = await emulator.graph(answer.headers.get('location')!, {
      token: await emulator.token('helpdesk-admin'),
    });
    expect(operation.status).toBe(200);
    expect((await reset('helpdesk-admin', target, 'v1.0')).status).toBe(403);
  });

  it('stops a Password Administrator at an Authentication Administrator, and a Helpdesk one at a User Admin', async () => {
    expect((await reset('password-admin', holderOf(ROLE.authenticationAdministrator), 'beta')).status).toBe(
      403,
    );
    expect((await reset('helpdesk-admin', holderOf(ROLE.userAdministrator), 'beta')).status).toBe(403);
    expect((await reset('user-admin', holderOf(ROLE.helpdeskAdministrator), 'beta')).status).toBe(202);
  });
});
