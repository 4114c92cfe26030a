import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

// v1.0 resources/userregistrationdetails.md documents eq, startsWith and any with eq; `or` and `not` are not
// mentioned, so they are refused unless the switch accepts them.
const LIST = '/v1.0/reports/authenticationMethods/userRegistrationDetails';
const filtered = (filter: string) => `${LIST}?$filter=${encodeURIComponent(filter)}`;
let emulator: TestEmulator;
let lead: string;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 80 });
  lead = await emulator.token('security-lead');
});
afterAll(() => emulator.close());

describe('registration report $filter logic', () => {
  it('refuses or and not by default, anywhere in the filter', async () => {
    for (const filter of [
      "startswith(userDisplayName,'a') or startswith(userPrincipalName,'a')",
      "methodsRegistered/any(x: x eq 'email' or x eq 'mobilePhone')",
      "isAdmin eq false and not methodsRegistered/any(x: x eq 'email')",
    ])
      expectGraphError(await emulator.graph(filtered(filter), { token: lead }), 400, 'BadRequest');
  });

  it('keeps what the reference documents', async () => {
    const ok = await emulator.graph(
      filtered(
        "userType eq 'member' and methodsRegistered/any(x: x eq 'email') and startswith(userPrincipalName,'a')",
      ),
      { token: lead },
    );
    expect(ok.status).toBe(200);
  });

  it("evaluates them with registrationFilterLogic 'accept'", async () => {
    emulator.state.options.registrationFilterLogic = 'accept';
    try {
      const both = await emulator.graph(filtered('isAdmin eq true or isAdmin eq false'), { token: lead });
      const all = await emulator.graph(LIST, { token: lead });
      expect(both.body.value).toHaveLength(all.body.value.length);
    } finally {
      emulator.state.options.registrationFilterLogic = 'refuse';
    }
  });
});
