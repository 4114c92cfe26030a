import type { ConsoleMessage, Page } from '@playwright/test';
import { readClientState } from '../support/client-state.ts';
import { graphAs } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';
import { type UserRow, isPersona } from '../support/tenant.ts';

interface Method {
  '@odata.type': string;
}

const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;

/**
 * This spec changes users, so it runs in the `mutating` project. It takes members without roles from the
 * START of the directory (user-actions.spec.ts takes them from the end), the same in every worker: the first
 * two for the password resets, the first one after them that has no pass yet for the TAP (one per user).
 */
async function pickUser(purpose: 'tap' | 'reset-generated' | 'reset-typed'): Promise<UserRow> {
  const users = (
    await graphAs<{ value: UserRow[] }>(
      'privileged-helpdesk',
      '/users?$select=id,displayName,userPrincipalName&$top=200',
    )
  ).value;
  const assignments = (
    await graphAs<{ value: { principalId: string }[] }>(
      'global-admin',
      '/roleManagement/directory/roleAssignments',
    )
  ).value;
  const fits = users.filter(
    (u) =>
      /^[A-Za-z]+ [A-Za-z]+$/.test(u.displayName ?? '') &&
      !isPersona(u) &&
      !assignments.some((a) => a.principalId === u.id),
  );
  if (purpose === 'reset-generated') return fits[0]!;
  if (purpose === 'reset-typed') return fits[1]!;
  for (const user of fits.slice(2)) {
    const methods = (
      await graphAs<{ value: Method[] }>('privileged-helpdesk', `/users/${user.id}/authentication/methods`)
    ).value;
    if (!methods.some((m) => m['@odata.type'].endsWith('temporaryAccessPassAuthenticationMethod')))
      return user;
  }
  throw new Error('no user without a Temporary Access Pass');
}

/** Records everything that leaves the page's components: console output and the URL of every request. */
function recordLeaks(page: Page) {
  const console: string[] = [];
  const requests: string[] = [];
  const onConsole = async (message: ConsoleMessage) => {
    console.push(message.text());
    for (const arg of message.args()) console.push(JSON.stringify(await arg.jsonValue().catch(() => '')));
  };
  page.on('console', (m) => void onConsole(m));
  page.on('request', (r) => requests.push(r.url()));
  page.on('framenavigated', (f) => requests.push(f.url()));
  return { console, requests };
}

async function expectNowhere(page: Page, secret: string, leaks: ReturnType<typeof recordLeaks>) {
  const state = await readClientState(page);
  for (const [where, text] of Object.entries(state)) expect(text.includes(secret), where).toBe(false);
  expect(state.queryCache.length, 'the query cache was read').toBeGreaterThan(100);
  expect(
    leaks.console.filter((line) => line.includes(secret)),
    'console',
  ).toEqual([]);
  expect(
    leaks.requests.filter((url) => url.includes(secret)),
    'request URLs',
  ).toEqual([]);
  expect(await page.evaluate(() => history.length)).toBeGreaterThan(0);
}

async function openUser(page: Page, user: UserRow) {
  await page.goto(`/users/${user.id}`);
  await expect(page.getByTestId('user-upn')).toHaveText(user.userPrincipalName);
  await expect(page.getByTestId('method').first()).toBeVisible();
}

test('a Temporary Access Pass reaches no storage, cache, console or URL, while shown and after', async ({
  page,
}) => {
  const user = await pickUser('tap');
  const leaks = recordLeaks(page);
  await signIn(page, 'helpdesk');
  await openUser(page, user);
  await page.getByRole('button', { name: 'Issue Temporary Access Pass' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('issue-tap-submit').click();
  // An assertion, which waits as a person does (and lets the fixture verify the step-up Graph asks for).
  await expect(dialog.getByTestId('secret-value')).toBeVisible();
  const code = (await dialog.getByTestId('secret-value').textContent())!.trim();
  expect(code.length).toBeGreaterThanOrEqual(8);
  await expectNowhere(page, code, leaks);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  // The refetch after the write has landed: the new pass is listed, still without its code.
  await expect(page.locator('[data-testid="method"][data-method-kind="temporaryAccessPass"]')).toHaveCount(1);
  expect(await page.content()).not.toContain(code);
  await expectNowhere(page, code, leaks);
});

for (const mode of ['generated', 'typed'] as const) {
  test(`a ${mode} temporary password reaches no storage, cache, console or URL`, async ({ page }) => {
    const user = await pickUser(`reset-${mode}`);
    const leaks = recordLeaks(page);
    await signIn(page, 'helpdesk');
    await openUser(page, user);
    await page.getByRole('button', { name: 'Reset password' }).click();
    const dialog = page.getByRole('dialog');
    let password = `Kx7!${Math.random().toString(36).slice(2, 10)}Q`;
    if (mode === 'typed') {
      await dialog.getByLabel('Type a password').check();
      await dialog.locator('input[type="password"]').fill(password);
    }
    await dialog.getByTestId('reset-password-submit').click();
    await expect(dialog.getByTestId('reset-succeeded')).toBeVisible({ timeout: 20_000 });
    if (mode === 'generated') password = (await dialog.getByTestId('secret-value').textContent())!.trim();
    expect(password.length).toBeGreaterThanOrEqual(8);
    await expectNowhere(page, password, leaks);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    expect(await page.content()).not.toContain(password);
    await expectNowhere(page, password, leaks);
  });
}

test('tokens live in sessionStorage only: nothing token-like in localStorage or IndexedDB', async ({
  page,
}) => {
  await signIn(page, 'helpdesk');
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible();
  const state = await readClientState(page);
  const secrets = Object.entries(JSON.parse(state.sessionStorage) as Record<string, string>)
    .filter(([key]) => /accesstoken|refreshtoken|idtoken/i.test(key))
    .map(([, value]) => (JSON.parse(value) as { secret: string }).secret);
  expect(secrets.length).toBeGreaterThanOrEqual(3);
  for (const secret of secrets) {
    expect(state.localStorage).not.toContain(secret);
    expect(state.indexedDb).not.toContain(secret);
  }
  expect(state.localStorage).not.toMatch(JWT);
  expect(state.localStorage).not.toMatch(/accesstoken|refreshtoken|idtoken/i);
  expect(state.indexedDb).not.toMatch(JWT);
});
