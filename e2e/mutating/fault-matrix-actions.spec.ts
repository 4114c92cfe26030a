import { expect, type Locator, type Page } from '@playwright/test';
import { graphAs } from '../support/emulator.ts';
import { adminIds } from '../support/tenant.ts';
import {
  answerSignInPrompt,
  armFault,
  cell,
  chosen,
  countWrites,
  sentBeforeExplaining,
  writeFaultWhere,
  expectExplained,
  freshSignIn,
  test,
  WRITE_FAULTS,
  type Fault,
} from '../support/fault-cells.ts';

/**
 * The fault matrix for the remaining management actions (the phone, delete and TAP rows are in
 * fault-matrix.spec.ts). One fault of each kind the app treats differently: a transient failure, an answer
 * lost before and after Graph applied the write, an expired token, a claims challenge, missing consent and a
 * missing role. Same pass rule: explained with code and request-id, input kept, nothing sent twice behind the
 * agent's back, and the action completes when the agent sends it again.
 */
const KINDS = [
  '503',
  'dropped connection',
  'connection dropped after Graph applied it',
  '401 expired token',
  'claims challenge',
  '403 missing scope',
  '403 missing role',
];
const FAULTS = chosen(WRITE_FAULTS.filter((f) => KINDS.includes(f.name)));
const WRITE_SCOPE = 'UserAuthenticationMethod.ReadWrite.All';

interface WriteAction {
  name: string;
  method: 'POST' | 'PATCH';
  /** The write's Graph path, as the control API matches it and as the browser's requests are counted. */
  path: string;
  /** A PATCH sets a value: sending it again after a lost answer is always safe, so the app just says what failed. */
  idempotent: boolean;
  open: (page: Page, dialog: Locator) => Promise<void>;
  /** Checks the agent's input is still there after a failure. */
  kept: (dialog: Locator) => Promise<void>;
  submit: (dialog: Locator) => Locator;
  done: (page: Page, dialog: Locator) => Promise<void>;
}

interface Member {
  id: string;
  displayName: string;
}

/** Members from the middle of the directory (other specs take from its ends), without admin roles. */
async function members(): Promise<Member[]> {
  const users = (await graphAs<{ value: Member[] }>('global-admin', '/users?$select=id,displayName&$top=200'))
    .value;
  const admins = await adminIds();
  return users.slice(60, 120).filter((u) => !admins.has(u.id) && /^[A-Za-z]+ [A-Za-z]+$/.test(u.displayName));
}

const kindsOf = async (id: string) =>
  (
    await graphAs<{ value: { '@odata.type': string; phoneType?: string }[] }>(
      'global-admin',
      `/users/${id}/authentication/methods`,
    )
  ).value.map(
    (m) => m['@odata.type'].replace('#microsoft.graph.', '') + (m.phoneType ? `:${m.phoneType}` : ''),
  );

const MOBILE = '3179e48a-750b-4051-897c-87b9720928f7';
const smsStateOf = async (id: string) =>
  (
    await graphAs<{ smsSignInState: string }>(
      'global-admin',
      `/users/${id}/authentication/phoneMethods/${MOBILE}`,
    )
  ).smsSignInState;

async function runAction(
  page: Page,
  app: { renew(): string },
  user: string,
  fault: Fault,
  action: WriteAction,
) {
  const dialog = page.getByRole('dialog');
  const appId = await freshSignIn(page, app, 'helpdesk', `/users/${user}`, fault, WRITE_SCOPE);
  await expect(page.getByTestId('method').first()).toBeVisible();
  const writes = countWrites(page, action.method, new RegExp(action.path));
  await armFault(appId, fault, writeFaultWhere(fault, { method: action.method, path: action.path }));
  await action.open(page, dialog);
  await action.submit(dialog).click();
  // Landed at once: a 401 renewed silently, or a created thing Graph applied although its answer was lost.
  const landed = !fault.code || (fault.rule.afterRunning === true && !action.idempotent);
  if (fault.read === 'signInAgain') {
    await answerSignInPrompt(page, dialog, 'helpdesk', { appId, scope: WRITE_SCOPE });
    await action.kept(dialog);
    await action.submit(dialog).click();
  } else if (!landed) {
    await expectExplained(dialog, fault.code!);
    if (fault.ambiguous && !action.idempotent) await expect(dialog).toContainText('sending it again is safe');
    await action.kept(dialog);
    expect(writes).toHaveLength(sentBeforeExplaining(fault));
    await action.submit(dialog).click();
  }
  await action.done(page, dialog);
  expect(writes).toHaveLength(landed && fault.rule.afterRunning ? 1 : sentBeforeExplaining(fault) + 1);
}

test('fault matrix: writes (email, reset password, default method, SMS sign-in)', async ({ page, app }) => {
  test.setTimeout(FAULTS.length * 4 * 90_000);
  const pool = await members();
  const withoutEmail: string[] = [];
  let preferencesUser: string | undefined;
  let smsUser: string | undefined;
  for (const member of pool) {
    const kinds = await kindsOf(member.id);
    // The password reset needs a password, which guests of the seed have none of.
    if (!kinds.includes('passwordAuthenticationMethod')) continue;
    if (!smsUser && kinds.includes('phoneAuthenticationMethod:mobile')) {
      const state = await smsStateOf(member.id);
      // Neither blocked by policy nor by a number another user signs in with.
      if (state === 'ready' || state === 'notEnabled') {
        smsUser = member.id;
        continue;
      }
    }
    if (!kinds.includes('emailAuthenticationMethod') && withoutEmail.length < FAULTS.length)
      withoutEmail.push(member.id);
    else if (
      !preferencesUser &&
      kinds.includes('microsoftAuthenticatorAuthenticationMethod') &&
      kinds.includes('phoneAuthenticationMethod:mobile')
    )
      preferencesUser = member.id;
    if (withoutEmail.length === FAULTS.length && preferencesUser && smsUser) break;
  }
  expect(smsUser, 'a member whose mobile phone may be used for SMS sign-in').toBeTruthy();
  expect(withoutEmail, 'members without an email method').toHaveLength(FAULTS.length);
  expect(preferencesUser, 'a member with Authenticator and a mobile phone').toBeTruthy();
  const preferenceOf = async () =>
    (
      await graphAs<{ userPreferredMethodForSecondaryAuthentication: string | null }>(
        'global-admin',
        `/users/${preferencesUser}/authentication/signInPreferences`,
        'beta',
      )
    ).userPreferredMethodForSecondaryAuthentication;
  const failures: string[] = [];

  for (const [i, fault] of FAULTS.entries()) {
    const address = `matrix-${i}@fabrikam.example`;
    await cell(page, 'Add email', fault.name, failures, () =>
      runAction(page, app, withoutEmail[i]!, fault, {
        name: 'Add email',
        method: 'POST',
        path: '/emailMethods$',
        idempotent: false,
        open: async (p) => {
          await p.getByRole('button', { name: 'Add or replace email' }).click();
          await p.getByRole('dialog').getByTestId('email-address').fill(address);
        },
        kept: (d) => expect(d.getByTestId('email-address')).toHaveValue(address),
        submit: (d) => d.getByTestId('email-submit'),
        done: async (p, d) => {
          await expect(d).toBeHidden({ timeout: 30_000 });
          await expect(p.getByTestId('page-notice')).toContainText(address);
          const emails = await graphAs<{ value: { emailAddress: string }[] }>(
            'global-admin',
            `/users/${withoutEmail[i]}/authentication/emailMethods`,
          );
          expect(emails.value.map((e) => e.emailAddress)).toEqual([address]);
        },
      }),
    );

    const password = `Kx7!matrix${i}Q`;
    await cell(page, 'Reset password', fault.name, failures, () =>
      runAction(page, app, withoutEmail[i]!, fault, {
        name: 'Reset password',
        method: 'POST',
        path: '/resetPassword$',
        idempotent: false,
        open: async (p) => {
          await p.getByRole('button', { name: 'Reset password' }).click();
          const d = p.getByRole('dialog');
          await d.getByLabel('Type a password').click();
          await d.getByLabel('New password', { exact: true }).fill(password);
        },
        kept: (d) => expect(d.getByLabel('New password', { exact: true })).toHaveValue(password),
        submit: (d) => d.getByTestId('reset-password-submit'),
        done: async (_p, d) => {
          await expect(d.getByTestId('reset-succeeded')).toBeVisible({ timeout: 30_000 });
          await d.getByRole('button', { name: 'Done' }).click();
          await expect(d).toBeHidden();
        },
      }),
    );

    let target = '';
    await cell(page, 'Default method', fault.name, failures, async () => {
      target = (await preferenceOf()) === 'push' ? 'voiceMobile' : 'push';
      await runAction(page, app, preferencesUser!, fault, {
        name: 'Default method',
        method: 'PATCH',
        path: '/signInPreferences$',
        idempotent: true,
        open: async (p) => {
          await p.getByRole('button', { name: 'Set default method' }).click();
          await p.getByRole('dialog').getByTestId(`default-option-${target}`).click();
        },
        kept: (d) => expect(d.getByTestId(`default-option-${target}`).locator('input')).toBeChecked(),
        submit: (d) => d.getByTestId('default-submit'),
        done: async (p, d) => {
          await expect(d).toBeHidden({ timeout: 30_000 });
          await expect(p.getByTestId('page-notice')).toContainText('default sign-in method is now');
          expect(await preferenceOf()).toBe(target);
        },
      });
    });

    await cell(page, 'SMS sign-in', fault.name, failures, async () => {
      const before = await smsStateOf(smsUser!);
      await runAction(page, app, smsUser!, fault, {
        name: 'SMS sign-in',
        method: 'POST',
        path: '/(enable|disable)SmsSignIn$',
        // Turning it on (or off) twice leaves it on (or off).
        idempotent: true,
        open: async (p) => {
          await p
            .locator(`[data-testid="method"][data-method-id="${MOBILE}"]`)
            .getByTestId('sms-sign-in')
            .click();
        },
        kept: (d) => expect(d.getByTestId('sms-submit')).toBeEnabled(),
        submit: (d) => d.getByTestId('sms-submit'),
        done: async (_p, d) => {
          await expect(d).toBeHidden({ timeout: 30_000 });
          expect(await smsStateOf(smsUser!)).toBe(before === 'ready' ? 'notEnabled' : 'ready');
        },
      });
    });
  }
  expect(failures).toEqual([]);
});
