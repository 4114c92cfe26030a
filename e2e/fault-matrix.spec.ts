import { randomUUID } from 'node:crypto';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import {
  graphAs,
  graphStatusProbe,
  injectFault,
  pendingFaults,
  revokeConsent,
  type PersonaId,
} from './support/emulator.ts';
import { signIn } from './support/sign-in.ts';

/**
 * Every fault × every flow, through the emulator's fault injection, in Chromium. A cell passes when the page
 * recovers by itself, or shows a specific message with the Graph code and request-id (and recovers when the
 * agent tries again); the rest of the page keeps working; no write is sent twice; an open dialog keeps its
 * input. Each cell signs in as an app of its own, so its faults and Graph's per-app limit touch nothing else.
 */

type Outcome = 'recovers' | 'explains' | 'signInAgain';

interface Fault {
  name: string;
  rule: Record<string, unknown>;
  /** What a read does; writes always show the failure in the dialog unless `writeRecovers`. */
  read: Outcome;
  /** The Graph code the message must quote. */
  code?: string;
  /** The write's answer was lost: the app re-reads before saying anything. */
  ambiguous?: boolean;
  /** Graph refuses per request, so inside a batch it is a part that fails, not the envelope. */
  refusal?: boolean;
  /**
   * Instead of (or with) a Graph fault, consent for the flow's scope is withdrawn: before sign-in, so Entra
   * issues tokens without it (`omit`), or after it, so the renewal the rule forces is refused (`consent_required`).
   */
  consent?: 'omit' | 'consent_required';
}

const LICENCE = 'Authentication_RequestFromNonPremiumTenantOrB2CTenant';
const FAULTS: Fault[] = [
  {
    name: '429, Retry-After readable',
    rule: { status: 429, retryAfter: 1, exposeRetryAfter: true },
    read: 'recovers',
    code: 'TooManyRequests',
  },
  {
    name: '429, Retry-After hidden by CORS',
    rule: { status: 429, retryAfter: 1, exposeRetryAfter: false },
    read: 'recovers',
    code: 'TooManyRequests',
  },
  { name: '503', rule: { status: 503, retryAfter: null }, read: 'recovers', code: 'serviceNotAvailable' },
  { name: '500', rule: { status: 500 }, read: 'recovers', code: 'InternalServerError' },
  {
    name: '504 after 10 s',
    rule: { status: 504, latencyMs: 10_000 },
    read: 'recovers',
    code: 'GatewayTimeout',
    ambiguous: true,
  },
  {
    name: 'dropped connection',
    rule: { drop: true },
    read: 'recovers',
    code: 'NetworkError',
    ambiguous: true,
  },
  {
    name: 'malformed JSON',
    rule: { malformedJson: true },
    read: 'explains',
    code: 'InvalidResponse',
    ambiguous: true,
  },
  { name: '401 expired token', rule: { status: 401 }, read: 'recovers' },
  {
    name: 'claims challenge',
    rule: { claimsChallenge: true },
    read: 'signInAgain',
    code: 'InvalidAuthenticationToken',
  },
  {
    name: '403 missing scope',
    rule: {},
    consent: 'omit',
    read: 'signInAgain',
  },
  {
    name: 'consent withdrawn, renewal refused',
    rule: { status: 401 },
    consent: 'consent_required',
    read: 'signInAgain',
  },
  {
    name: '403 missing role',
    rule: { status: 403 },
    read: 'explains',
    code: 'Authorization_RequestDenied',
    refusal: true,
  },
  {
    name: 'licence error',
    rule: {
      status: 403,
      code: LICENCE,
      message: 'Tenant is not a B2C tenant or does not have premium license.',
    },
    read: 'explains',
    code: LICENCE,
    refusal: true,
  },
];

// FAULT_ONLY=<a regular expression matching fault names> runs just those rows, for debugging one cell.
const chosen = (faults: Fault[]) =>
  process.env.FAULT_ONLY ? faults.filter((f) => new RegExp(process.env.FAULT_ONLY!).test(f.name)) : faults;

interface ReadFlow {
  name: string;
  persona: PersonaId;
  start: () => Promise<string>;
  /** The Graph path the fault hits (a regular expression, as the control API takes it). */
  faultPath: string;
  /** The permission the faulted request needs: the one whose consent the consent rows withdraw. */
  scope: string;
  /** Where Graph's refusals (403) hit instead, when that differs: a part of the batch. */
  refusalPath?: string;
  /** Whatever the user does after the page loads to make the faulted request. */
  act?: (page: Page) => Promise<void>;
  /** What the faulted request draws when it succeeds. */
  ready: (page: Page) => Locator;
  /** Something on the page the fault must not break. */
  rest: (page: Page) => Locator;
}

let someUser: Promise<string> | undefined;
const aUserId = () =>
  (someUser ??= graphAs<{ value: { id: string }[] }>('global-admin', '/users?$select=id&$top=30').then(
    (r) => r.value[25]!.id,
  ));

const READ_FLOWS: ReadFlow[] = [
  {
    name: 'Overview',
    persona: 'security-lead',
    start: async () => '/',
    faultPath: '^/reports/authenticationMethods/usersRegisteredByFeature',
    scope: 'AuditLog.Read.All',
    ready: (page) => page.getByTestId('kpi-mfaCapable-value').filter({ hasText: /^[\d,]+$/ }),
    rest: (page) => page.getByRole('navigation', { name: 'Main' }),
  },
  {
    name: 'Usage',
    persona: 'security-lead',
    start: async () => '/usage?period=D30',
    faultPath: '^/reports/userCredentialUsageDetails',
    scope: 'AuditLog.Read.All',
    ready: (page) => page.getByTestId('activity-row').first(),
    rest: (page) => page.locator('.recharts-bar-rectangle').first(),
  },
  {
    name: 'Registration list',
    persona: 'security-lead',
    start: async () => '/registration',
    faultPath: '^/reports/authenticationMethods/userRegistrationDetails',
    scope: 'AuditLog.Read.All',
    ready: (page) => page.locator('.MuiDataGrid-row').first(),
    rest: (page) => page.getByLabel('Name or UPN starts with'),
  },
  {
    name: 'User search',
    persona: 'helpdesk',
    start: async () => '/nothing-here',
    faultPath: '^/users$',
    scope: 'User.Read.All',
    act: async (page) => {
      const box = page.getByRole('combobox', { name: 'Search users' });
      await box.click();
      await box.pressSequentially('Bowen', { delay: 20 });
    },
    ready: (page) => page.getByRole('option').filter({ hasText: 'Megan Bowen' }),
    rest: (page) => page.getByRole('navigation', { name: 'Main' }),
  },
  {
    name: 'User page',
    persona: 'helpdesk',
    start: async () => `/users/${await aUserId()}`,
    faultPath: '^/\\$batch$',
    scope: 'UserAuthenticationMethod.Read.All',
    refusalPath: '^/users/[^/]+/authentication/methods$',
    ready: (page) => page.getByTestId('method').first(),
    rest: (page) => page.getByRole('combobox', { name: 'Search users' }),
  },
];

const test = base.extend<{ app: { id: string; renew(): string } }>({
  app: async ({ page }, use) => {
    const app = { id: randomUUID(), renew: () => (app.id = randomUUID()) };
    await page.route('**/config.js', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/"clientId":\s*"[^"]*"/, `"clientId": "${app.id}"`);
      await route.fulfill({ response, body });
    });
    await use(app);
  },
});

/** A fresh app registration and sign-in per cell: its own faults, its own throttling budget, no cached data. */
async function freshSignIn(
  page: Page,
  app: { renew(): string },
  persona: PersonaId,
  start: string,
  fault: Fault,
  scope: string,
) {
  const id = app.renew();
  // MSAL keeps the previous app's account in this tab's sessionStorage.
  if (page.url().startsWith('http')) await page.evaluate(() => sessionStorage.clear());
  await page.context().clearCookies();
  if (fault.consent === 'omit') await revokeConsent(id, [scope], 'omit');
  await signIn(page, persona, start);
  if (fault.consent === 'consent_required') await revokeConsent(id, [scope], 'consent_required');
  return id;
}

/** Arms a cell's Graph fault, when its row has one. */
async function armFault(appId: string, fault: Fault, where: Record<string, unknown>) {
  if (Object.keys(fault.rule).length) await injectFault({ appId, count: 1, ...where, ...fault.rule });
}

/**
 * Answers the "sign in again" prompt. The popup goes to the authority, which knows the account from the login
 * hint and may finish by itself (as Entra does with a live session); otherwise the persona is picked.
 */
async function answerSignInPrompt(page: Page, scope: Locator, persona: PersonaId) {
  const prompt = scope.getByTestId('session-challenge').first();
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  const popup = page.waitForEvent('popup');
  await prompt.getByRole('button', { name: /^(Sign in again|Grant access)$/ }).click();
  const window = await popup;
  // Generous: on a loaded 2-core machine MSAL's popup hand-back has once taken longer than 30 s.
  const closed = window.waitForEvent('close', { timeout: 60_000 });
  // The persona page, Entra's consent page, or neither (the session answers by itself).
  const answer = window.locator(`button[data-persona="${persona}"], button[data-consent="accept"]`);
  const clickWhileOpen = async () => {
    while (!window.isClosed()) await answer.first().click({ timeout: 60_000 });
  };
  await Promise.race([closed, clickWhileOpen().catch(() => undefined)]);
  await closed;
  await expect(prompt).toBeHidden();
}

const results: string[] = [];

/** Runs one cell; a failing cell is recorded and the matrix goes on, so the printout is always complete. */
async function cell(page: Page, flow: string, fault: string, failures: string[], run: () => Promise<void>) {
  await test.step(`${flow} × ${fault}`, async () => {
    try {
      await run();
      results.push(`pass  ${flow} × ${fault}`);
    } catch (error) {
      results.push(`FAIL  ${flow} × ${fault}`);
      await page
        .screenshot({
          path: test.info().outputPath(`${flow}-${fault}.png`.replace(/[^\w.-]+/g, '-')),
          fullPage: true,
        })
        .catch(() => undefined);
      failures.push(`${flow} × ${fault}: ${String(error).split('\n')[0]}`);
    }
  });
}

const REQUEST_ID = /request-id [0-9a-f-]{36}/;

/** The alert that quotes the Graph code and the request-id (other alerts may quote the code alone). */
const explanation = (scope: Locator, code: string) =>
  scope.getByRole('alert').filter({ hasText: code }).filter({ hasText: REQUEST_ID }).first();

async function expectExplained(scope: Locator, code: string) {
  await expect(explanation(scope, code)).toBeVisible({ timeout: 45_000 });
}

for (const flow of READ_FLOWS) {
  test(`fault matrix: ${flow.name}`, async ({ page, app }) => {
    test.setTimeout(FAULTS.length * 60_000);
    const failures: string[] = [];
    for (const fault of chosen(FAULTS)) {
      await cell(page, flow.name, fault.name, failures, async () => {
        const start = await flow.start();
        const appId = await freshSignIn(page, app, flow.persona, '/', fault, flow.scope);
        await armFault(appId, fault, { path: flow.faultPath });
        await page.goto(start);
        await flow.act?.(page);
        if (fault.read === 'recovers') {
          await expect(flow.ready(page)).toBeVisible({ timeout: 45_000 });
        } else if (fault.read === 'explains') {
          // Explained with code and request-id, or already recovered: a page whose route prefetched the data
          // asks again when the component mounts, and that second answer may be the good one.
          const explained =
            flow.name === 'User search'
              ? page
                  .getByText(/^Search failed:/)
                  .filter({ hasText: fault.code! })
                  .filter({ hasText: REQUEST_ID })
              : explanation(page.locator('main'), fault.code!);
          await expect(explained.or(flow.ready(page)).first()).toBeVisible({ timeout: 45_000 });
        } else {
          const prompt = page.getByTestId('session-challenge').first();
          await expect(prompt.or(flow.ready(page)).first()).toBeVisible({ timeout: 45_000 });
          // A prefetched read's retry on mount can draw the page before the prompt is answered.
          if (await prompt.isVisible()) {
            await answerSignInPrompt(page, page.locator('body'), flow.persona);
            // The prompt took the focus, which closes the search's list: open it again.
            if (flow.name === 'User search')
              await page.getByRole('combobox', { name: 'Search users' }).click();
          }
          await expect(flow.ready(page)).toBeVisible({ timeout: 45_000 });
        }
        await expect(flow.rest(page)).toBeVisible();
        expect(await pendingFaults(appId), 'the fault was met').toEqual([]);
      });
    }
    expect(failures).toEqual([]);
  });
}

// The writes: add an office phone (a creating POST), then delete it (DELETE), on one member per fault.
const OFFICE = 'e37fc753-ff3b-4958-9484-eaa9425c82bc';
const OFFICE_NUMBER = '+44 2079460018';
const WRITE_SCOPE = 'UserAuthenticationMethod.ReadWrite.All';

async function membersWithoutOfficePhone(count: number): Promise<string[]> {
  const users = (
    await graphAs<{ value: { id: string; displayName: string }[] }>(
      'global-admin',
      '/users?$select=id,displayName&$top=200',
    )
  ).value;
  const admins = new Set(
    (
      await graphAs<{ value: { principalId: string }[] }>(
        'global-admin',
        '/roleManagement/directory/roleAssignments',
      )
    ).value.map((a) => a.principalId),
  );
  const picked: string[] = [];
  // From the middle of the directory: user-actions and secrets specs take from the ends.
  for (const user of users.slice(120)) {
    if (admins.has(user.id) || !/^[A-Za-z]+ [A-Za-z]+$/.test(user.displayName)) continue;
    const methods = (
      await graphAs<{ value: { phoneType?: string }[] }>(
        'global-admin',
        `/users/${user.id}/authentication/phoneMethods`,
      )
    ).value;
    if (methods.some((m) => m.phoneType === 'mobile') && !methods.some((m) => m.phoneType === 'office'))
      picked.push(user.id);
    if (picked.length === count) return picked;
  }
  throw new Error('not enough members with a mobile and no office phone');
}

function countWrites(page: Page, method: string, path: RegExp) {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === method && path.test(new URL(r.url()).pathname)) sent.push(r.url());
  });
  return sent;
}

const WRITE_FAULTS: Fault[] = [
  ...FAULTS,
  {
    name: 'connection dropped after Graph applied it',
    rule: { drop: true, afterRunning: true },
    read: 'recovers',
    code: 'NetworkError',
    ambiguous: true,
  },
];

test('fault matrix: writes (add phone, delete phone, issue TAP)', async ({ page, app }) => {
  test.setTimeout(WRITE_FAULTS.length * 90_000);
  const users = await membersWithoutOfficePhone(WRITE_FAULTS.length);
  const admin = await graphStatusProbe('privileged-helpdesk');
  const failures: string[] = [];
  for (const [i, fault] of chosen(WRITE_FAULTS).entries()) {
    const user = users[i]!;
    const dialog = page.getByRole('dialog');
    await cell(page, 'Add phone', fault.name, failures, async () => {
      const appId = await freshSignIn(page, app, 'helpdesk', `/users/${user}`, fault, WRITE_SCOPE);
      await expect(page.getByTestId('method').first()).toBeVisible();
      const posts = countWrites(page, 'POST', /\/phoneMethods$/);
      await armFault(appId, fault, { method: 'POST', path: '/phoneMethods$' });
      await page.getByRole('button', { name: 'Add or replace phone' }).click();
      await dialog.getByLabel('Phone type').click();
      await page.getByRole('option', { name: 'Office' }).click();
      await dialog.getByTestId('phone-number').fill('+44 20 7946 0018');
      await dialog.getByRole('button', { name: 'Add phone' }).click();
      // Landed at once: a 401 renewed silently, or a write Graph applied although its answer was lost.
      const landed = fault.rule.afterRunning === true || !fault.code;
      if (fault.read === 'signInAgain') {
        await answerSignInPrompt(page, dialog, 'helpdesk');
        await expect(dialog.getByTestId('phone-number')).toHaveValue('+44 20 7946 0018');
        await dialog.getByRole('button', { name: 'Add phone' }).click();
      } else if (!landed) {
        await expectExplained(dialog, fault.code!);
        if (fault.ambiguous) await expect(dialog).toContainText('sending it again is safe');
        // Nothing was lost, and nothing was sent again behind the agent's back.
        await expect(dialog.getByTestId('phone-number')).toHaveValue('+44 20 7946 0018');
        expect(posts).toHaveLength(1);
        await dialog.getByRole('button', { name: 'Add phone' }).click();
      }
      await expect(dialog).toBeHidden({ timeout: 30_000 });
      await expect(page.getByTestId('page-notice')).toContainText(OFFICE_NUMBER);
      // Twice only when the first was refused before anything happened: a 401 (then sent once more with a
      // renewed token) or a failure the agent chose to send again.
      expect(posts).toHaveLength(fault.rule.afterRunning ? 1 : 2);
      const office = (
        await graphAs<{ value: { phoneType: string }[] }>(
          'global-admin',
          `/users/${user}/authentication/phoneMethods`,
        )
      ).value.filter((p) => p.phoneType === 'office');
      expect(office).toHaveLength(1);
    });
    await cell(page, 'Delete phone', fault.name, failures, async () => {
      const appId = await freshSignIn(page, app, 'helpdesk', `/users/${user}`, fault, WRITE_SCOPE);
      const office = page.locator(`[data-testid="method"][data-method-id="${OFFICE}"]`);
      await expect(office).toBeVisible();
      const deletes = countWrites(page, 'DELETE', /\/phoneMethods\//);
      await armFault(appId, fault, { method: 'DELETE', path: '/phoneMethods/' });
      await office.getByTestId('delete-method').click();
      await dialog.getByTestId('delete-confirm').click();
      if (fault.read === 'signInAgain') {
        await answerSignInPrompt(page, dialog, 'helpdesk');
        await dialog.getByTestId('delete-confirm').click();
      } else if (fault.code) {
        await expectExplained(dialog, fault.code);
        expect(deletes).toHaveLength(1);
        // Sending a DELETE again is safe: if the first one landed, the 404 counts as done.
        await dialog.getByTestId('delete-confirm').click();
      }
      await expect(dialog).toBeHidden({ timeout: 30_000 });
      await expect(office).toHaveCount(0);
      expect(await admin.status('GET', `/users/${user}/authentication/phoneMethods/${OFFICE}`)).toBe(404);
    });
    await cell(page, 'Issue TAP', fault.name, failures, async () => {
      const appId = await freshSignIn(page, app, 'helpdesk', `/users/${user}`, fault, WRITE_SCOPE);
      await expect(page.getByTestId('method').first()).toBeVisible();
      const posts = countWrites(page, 'POST', /\/temporaryAccessPassMethods$/);
      await armFault(appId, fault, { method: 'POST', path: '/temporaryAccessPassMethods$' });
      await page.getByRole('button', { name: 'Issue Temporary Access Pass' }).click();
      const submit = dialog.getByTestId('issue-tap-submit');
      await submit.click();
      if (fault.rule.afterRunning) {
        // The pass exists but its code was in the lost answer: the agent is told to replace it.
        await expectExplained(dialog, fault.code!);
        await expect(dialog).toContainText('delete that pass on this page and issue a new one');
        expect(posts).toHaveLength(1);
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await expect(
          page.locator('[data-testid="method"][data-method-kind="temporaryAccessPass"]'),
        ).toHaveCount(1);
        return;
      }
      if (fault.read === 'signInAgain') {
        await answerSignInPrompt(page, dialog, 'helpdesk');
        await submit.click();
      } else if (fault.code) {
        await expectExplained(dialog, fault.code);
        if (fault.ambiguous) await expect(dialog).toContainText('sending it again is safe');
        expect(posts).toHaveLength(1);
        await submit.click();
      }
      await expect(dialog.getByTestId('secret-value')).toBeVisible({ timeout: 30_000 });
      expect(posts).toHaveLength(2);
      await dialog.getByRole('button', { name: 'Done' }).click();
      await expect(
        page.locator('[data-testid="method"][data-method-kind="temporaryAccessPass"]'),
      ).toHaveCount(1);
    });
  }
  await admin.dispose();
  expect(failures).toEqual([]);
});

test.afterAll(() => {
  if (!results.length) return;
  const passed = results.filter((r) => r.startsWith('pass')).length;
  console.log(
    ['Fault matrix (this worker)', ...results, `${passed} of ${results.length} cells passed`].join('\n'),
  );
});
