import { expect, type Locator, type Page } from '@playwright/test';
import { graphAs, graphStatusProbe, pendingFaults, type PersonaId } from '../support/emulator.ts';
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
  explanation,
  FAULTS,
  freshSignIn,
  REQUEST_ID,
  test,
  WRITE_FAULTS,
} from '../support/fault-cells.ts';

/**
 * Every fault × every flow, through the emulator's fault injection, in Chromium. A cell passes when the page
 * recovers by itself, or shows a specific message with the Graph code and request-id (and recovers when the
 * agent tries again); the rest of the page keeps working; no write is sent twice; an open dialog keeps its
 * input. Each cell signs in as an app of its own, so its faults and Graph's per-app limit touch nothing else.
 */

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
    faultPath: '^/reports/authenticationMethods/userEventsSummary',
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
            await answerSignInPrompt(page, page.locator('body'), flow.persona, { appId, scope: flow.scope });
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
  const admins = await adminIds();
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
      await armFault(appId, fault, writeFaultWhere(fault, { method: 'POST', path: '/phoneMethods$' }));
      await page.getByRole('button', { name: 'Add or replace phone' }).click();
      await dialog.getByLabel('Phone type').click();
      await page.getByRole('option', { name: 'Office' }).click();
      await dialog.getByTestId('phone-number').fill('+44 20 7946 0018');
      await dialog.getByRole('button', { name: 'Add phone' }).click();
      // Landed at once: a 401 renewed silently, or a write Graph applied although its answer was lost.
      const landed = fault.rule.afterRunning === true || !fault.code;
      if (fault.read === 'signInAgain') {
        await answerSignInPrompt(page, dialog, 'helpdesk', { appId, scope: WRITE_SCOPE });
        await expect(dialog.getByTestId('phone-number')).toHaveValue('+44 20 7946 0018');
        await dialog.getByRole('button', { name: 'Add phone' }).click();
      } else if (!landed) {
        await expectExplained(dialog, fault.code!);
        if (fault.ambiguous) await expect(dialog).toContainText('sending it again is safe');
        // Nothing was lost, and nothing was sent again behind the agent's back.
        await expect(dialog.getByTestId('phone-number')).toHaveValue('+44 20 7946 0018');
        expect(posts).toHaveLength(sentBeforeExplaining(fault));
        await dialog.getByRole('button', { name: 'Add phone' }).click();
      }
      await expect(dialog).toBeHidden({ timeout: 30_000 });
      await expect(page.getByTestId('page-notice')).toContainText(OFFICE_NUMBER);
      // More than once only when refused before anything happened: a 401 (then sent once more with a renewed
      // token), a 403 (once more after a step-up), or a failure the agent chose to send again.
      expect(posts).toHaveLength(fault.rule.afterRunning ? 1 : sentBeforeExplaining(fault) + 1);
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
      await armFault(appId, fault, writeFaultWhere(fault, { method: 'DELETE', path: '/phoneMethods/' }));
      await office.getByTestId('delete-method').click();
      await dialog.getByTestId('delete-confirm').click();
      if (fault.read === 'signInAgain') {
        await answerSignInPrompt(page, dialog, 'helpdesk', { appId, scope: WRITE_SCOPE });
        await dialog.getByTestId('delete-confirm').click();
      } else if (fault.code) {
        await expectExplained(dialog, fault.code);
        expect(deletes).toHaveLength(sentBeforeExplaining(fault));
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
      await armFault(
        appId,
        fault,
        writeFaultWhere(fault, { method: 'POST', path: '/temporaryAccessPassMethods$' }),
      );
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
        await answerSignInPrompt(page, dialog, 'helpdesk', { appId, scope: WRITE_SCOPE });
        await submit.click();
      } else if (fault.code) {
        await expectExplained(dialog, fault.code);
        if (fault.ambiguous) await expect(dialog).toContainText('sending it again is safe');
        expect(posts).toHaveLength(sentBeforeExplaining(fault));
        await submit.click();
      }
      await expect(dialog.getByTestId('secret-value')).toBeVisible({ timeout: 30_000 });
      expect(posts).toHaveLength(sentBeforeExplaining(fault) + 1);
      await dialog.getByRole('button', { name: 'Done' }).click();
      await expect(
        page.locator('[data-testid="method"][data-method-kind="temporaryAccessPass"]'),
      ).toHaveCount(1);
    });
  }
  await admin.dispose();
  expect(failures).toEqual([]);
});
