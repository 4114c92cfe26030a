import type { Page } from '@playwright/test';
import { graphAs, graphStatusProbe, type PersonaId } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';
import { delegationTargets, directoryUsers, isPersona, rolesByUser } from '../support/tenant.ts';
import { ROLE_TEMPLATE } from '../../entra-facts/role-templates.ts';

/**
 * Every persona × every helpdesk action × a member, a holder of each role whose reach differs per operator, a
 * privileged admin, and users whose units or groups decide (in Sales, in the restricted Executive Office, in a
 * role-assignable group): what the UI decides (enabled, or disabled with a reason) must agree with what the
 * emulator answers. Where the app cannot know (an operator whose role assignments Graph will not list, on a user
 * in a unit), the UI offers the action, says "Graph decides", and the cell is counted as deferred (`?`). Probes are built so that an allowed call cannot change anything: an invalid body (400) or a missing method (404) once
 * authorization has passed, 403 when it has not. So "allowed" below means "not 403".
 */

const PERSONAS: PersonaId[] = [
  'helpdesk',
  'privileged-helpdesk',
  'security-lead',
  'global-reader',
  'global-admin',
  'helpdesk-admin',
  'password-admin',
  'user-admin',
  'unit-helpdesk',
  'custom-role',
  'no-role',
];
// Role definition (template) ids of targets whose reach differs per operator in Entra's tables of who may act
// on whom (privileged-roles-permissions.md), and privileged ones only a Privileged Authentication
// Administrator or Global Administrator may act on (the seeded Global Administrator is a persona).
const ONE_ROLE_TARGETS: Record<string, string> = {
  'helpdesk admin': ROLE_TEMPLATE.helpdeskAdministrator,
  'auth admin': ROLE_TEMPLATE.authenticationAdministrator,
  'password admin': ROLE_TEMPLATE.passwordAdministrator,
  'user admin': ROLE_TEMPLATE.userAdministrator,
};
const PRIVILEGED_ROLES: readonly string[] = [
  ROLE_TEMPLATE.privilegedRoleAdministrator,
  ROLE_TEMPLATE.securityAdministrator,
];
const PASSWORD_METHOD = '28c10230-6103-485e-b985-444c60001490';
const MISSING = '00000000-0000-4000-8000-00000000dead';

type Action = 'delete' | 'tap' | 'resetPassword' | 'phone' | 'email' | 'defaultMethod' | 'smsSignIn';

interface Probe {
  method: 'POST' | 'PATCH' | 'DELETE';
  path: (user: string) => string;
  body?: unknown;
  version?: 'beta';
}

const auth = (user: string) => `/users/${user}/authentication`;
const PROBES: Record<Action, Probe> = {
  delete: { method: 'DELETE', path: (u) => `${auth(u)}/fido2Methods/${MISSING}` },
  tap: {
    method: 'POST',
    path: (u) => `${auth(u)}/temporaryAccessPassMethods`,
    body: { lifetimeInMinutes: 1 },
  },
  // The app's call: beta, where User, Helpdesk and Password Administrators may reset too.
  resetPassword: {
    method: 'POST',
    path: (u) => `${auth(u)}/passwordMethods/${PASSWORD_METHOD}/resetPassword`,
    body: { newPassword: 42 },
    version: 'beta',
  },
  phone: {
    method: 'POST',
    path: (u) => `${auth(u)}/phoneMethods`,
    body: { phoneNumber: 'not a number', phoneType: 'mobile' },
  },
  email: { method: 'POST', path: (u) => `${auth(u)}/emailMethods`, body: { emailAddress: 'not an address' } },
  defaultMethod: {
    method: 'PATCH',
    path: (u) => `${auth(u)}/signInPreferences`,
    body: { userPreferredMethodForSecondaryAuthentication: 'notAMethod' },
    version: 'beta',
  },
  smsSignIn: { method: 'POST', path: (u) => `${auth(u)}/phoneMethods/${MISSING}/enableSmsSignIn` },
};

// The UI control behind each action: page-level buttons, or the first method's own button.
const PAGE_BUTTON: Partial<Record<Action, string>> = {
  tap: 'action-tap',
  resetPassword: 'action-resetPassword',
  phone: 'action-phone',
  email: 'action-email',
  defaultMethod: 'action-defaultMethod',
};

async function uiDecision(page: Page, action: Action): Promise<'enabled' | 'disabled' | 'absent'> {
  const control =
    action === 'delete'
      ? page.getByTestId('method').getByTestId('delete-method').first()
      : action === 'smsSignIn'
        ? page.getByTestId('method').getByTestId('sms-sign-in').first()
        : page.getByTestId(PAGE_BUTTON[action]!);
  if ((await control.count()) === 0) return 'absent';
  return (await control.isEnabled()) ? 'enabled' : 'disabled';
}

/**
 * A member without roles who has a FIDO2 key and a mobile phone (so every per-method control is on the page),
 * one holder of each of ONE_ROLE_TARGETS' roles alone (where the tenant has one), and a privileged admin;
 * none of them a persona.
 */
interface Target {
  id: string;
  /** The SMS sign-in switch belongs to a mobile phone: without one there is no control to compare. */
  hasMobile: boolean;
}

type MethodRow = { '@odata.type': string; phoneType?: string };
const methodsOf = async (id: string) =>
  (await graphAs<{ value: MethodRow[] }>('global-admin', `/users/${id}/authentication/methods`)).value;
const hasMobile = (methods: MethodRow[]) => methods.some((m) => m.phoneType === 'mobile');

const unitsOf = async (id: string) =>
  (
    await graphAs<{ value: unknown[] }>(
      'global-admin',
      `/users/${id}/memberOf/microsoft.graph.administrativeUnit?$select=id`,
    )
  ).value.length;

async function pickTargets(): Promise<Record<string, Target>> {
  const users = (await directoryUsers()).filter((u) => !isPersona(u));
  const rolesOf = await rolesByUser();
  const only = (role: string) => users.find((u) => rolesOf(u.id).length === 1 && rolesOf(u.id)[0] === role);
  const targetOf = async (id: string) => ({ id, hasMobile: hasMobile(await methodsOf(id)) });
  // With a method besides the password: its delete control is on the page to compare.
  let privilegedAdmin: { id: string } | undefined;
  for (const u of users.filter((u) => rolesOf(u.id).some((r) => PRIVILEGED_ROLES.includes(r)))) {
    if ((await methodsOf(u.id)).some((m) => !m['@odata.type'].includes('password'))) {
      privilegedAdmin = u;
      break;
    }
  }
  const helpdeskAdmin = only(ONE_ROLE_TARGETS['helpdesk admin']!);
  if (!helpdeskAdmin || !privilegedAdmin) throw new Error('the tenant lacks a Helpdesk or privileged admin');
  const oneRole: Record<string, Target> = {};
  for (const [label, role] of Object.entries(ONE_ROLE_TARGETS)) {
    const holder = only(role);
    if (holder) oneRole[label] = await targetOf(holder.id);
  }
  const delegated = await delegationTargets();
  const inUnitOrGroup = new Set(
    [delegated.salesMember, delegated.executive, delegated.tier0Member].map((u) => u.id),
  );
  const unitTargets = {
    'sales member': await targetOf(delegated.salesMember.id),
    executive: await targetOf(delegated.executive.id),
    'tier 0 member': await targetOf(delegated.tier0Member.id),
  };
  for (const { id } of users.slice(20)) {
    if (rolesOf(id).length || inUnitOrGroup.has(id) || (await unitsOf(id)) > 0) continue;
    const methods = await methodsOf(id);
    if (hasMobile(methods) && methods.some((m) => m['@odata.type'].includes('fido2')))
      return {
        member: { id, hasMobile: true },
        ...oneRole,
        'privileged admin': await targetOf(privilegedAdmin.id),
        ...unitTargets,
      };
  }
  throw new Error('no member with a FIDO2 key and a mobile phone');
}

test('the UI offers exactly the actions the emulator allows, for every persona and target', async ({
  page,
}) => {
  test.setTimeout(900_000);
  const targets = await pickTargets();
  const rows: string[] = [];
  const disagreements: string[] = [];
  let cells = 0;
  let deferred = 0;
  for (const persona of PERSONAS) {
    const probe = await graphStatusProbe(persona);
    await page.context().clearCookies();
    await page.goto('/');
    await page.evaluate(() => sessionStorage.clear());
    await signIn(page, persona);
    for (const [label, target] of Object.entries(targets)) {
      const user = target.id;
      await page.goto(`/users/${user}`);
      await expect(page.getByTestId('action-tap')).toBeVisible();
      // The page's verdict needs the operator's roles and the target's: wait until the methods have loaded or
      // the page has said they cannot be read.
      await expect(
        page.getByTestId('method').or(page.getByTestId('methods-unreadable')).first(),
      ).toBeVisible();
      await expect(page.getByText('Checking your roles…')).toHaveCount(0);
      const cellsOfRow: string[] = [];
      const unknownShown = (await page.getByTestId('access-unknown').count()) > 0;
      for (const action of Object.keys(PROBES) as Action[]) {
        if (action === 'smsSignIn' && !target.hasMobile) {
          cellsOfRow.push(`${action}=n/a`);
          continue;
        }
        const p = PROBES[action];
        const status = await probe.status(p.method, p.path(user), p.body, p.version);
        const graphAllows = status !== 403;
        let ui = await uiDecision(page, action);
        // Per-method controls exist only where the methods could be read: a persona that cannot read them
        // cannot act on them either, which the page says once instead.
        if (ui === 'absent' && (action === 'delete' || action === 'smsSignIn') && !graphAllows)
          ui = 'disabled';
        cells++;
        // Offered with "Graph decides": the app cannot know, and leaves it to Graph by design.
        const defers = ui === 'enabled' && !graphAllows && unknownShown;
        if (defers) deferred++;
        const agrees = ((ui === 'enabled') === graphAllows && ui !== 'absent') || defers;
        if (!agrees) disagreements.push(`${persona} → ${label}: ${action} UI ${ui}, Graph ${status}`);
        cellsOfRow.push(
          `${action}=${defers ? '?' : ui === 'enabled' ? 'on' : ui === 'disabled' ? 'off' : 'absent'}/${status}${agrees ? '' : '!'}`,
        );
      }
      // A page-level action refused says why (per-method controls are absent where methods are unreadable).
      const pageLevelOff = cellsOfRow.some((c) =>
        Object.keys(PAGE_BUTTON).some((a) => c.startsWith(`${a}=off`)),
      );
      if (pageLevelOff)
        await expect(
          page.getByTestId('actions-denied').or(page.getByTestId('reset-denied')).first(),
        ).toBeVisible();
      rows.push(`${persona.padEnd(20)} ${label.padEnd(16)} ${cellsOfRow.join('  ')}`);
    }
    await probe.dispose();
  }
  const table = [
    'Authorization matrix (UI on/off / emulator status; ? = offered, Graph decides; ! = disagreement; n/a = the user has no such method)',
    ...rows,
    `${cells - disagreements.length} of ${cells} cells agree (${deferred} deferred to Graph)`,
  ].join('\n');
  console.log(table);
  await test.info().attach('authorization-matrix', { body: table, contentType: 'text/plain' });
  expect(disagreements).toEqual([]);
});
