import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { graphAs } from './support/emulator.ts';
import { signIn } from './support/sign-in.ts';

interface UserRow {
  id: string;
  displayName: string | null;
  userPrincipalName: string;
}
interface Method {
  '@odata.type': string;
  id: string;
  phoneType?: string;
  phoneNumber?: string;
  createdDateTime?: string | null;
}
interface Assignment {
  principalId: string;
  roleDefinitionId: string;
}

const PERSONA_ALIASES = ['meganb', 'pradeepg', 'lidiah', 'gradya', 'adelev', 'nestorw'];
const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const FIDO2 = '#microsoft.graph.fido2AuthenticationMethod';
const PHONE = '#microsoft.graph.phoneAuthenticationMethod';
const DIR = 'screenshots';

const methodsOf = async (id: string) =>
  (await graphAs<{ value: Method[] }>('privileged-helpdesk', `/users/${id}/authentication/methods`, 'beta'))
    .value;

interface Targets {
  fido2: UserRow;
  phone: UserRow;
  tap: UserRow;
  reset: UserRow;
  shots: UserRow;
  admin: UserRow;
}

/**
 * The e2e emulator is shared by parallel tests, so every test mutates its own user: picked the same
 * way in each worker, from the END of the directory (other specs pick from the start), never a
 * persona, never an admin; each slot takes the next user that fits.
 */
async function pickTargets(): Promise<Targets> {
  const users = (
    await graphAs<{ value: UserRow[] }>(
      'privileged-helpdesk',
      '/users?$select=id,displayName,userPrincipalName&$top=999',
    )
  ).value;
  const assignments = (
    await graphAs<{ value: Assignment[] }>('global-admin', '/roleManagement/directory/roleAssignments')
  ).value;
  const rolesOf = (id: string) =>
    assignments.filter((a) => a.principalId === id).map((a) => a.roleDefinitionId);
  const plain = users
    .filter((u) => /^[A-Za-z]+ [A-Za-z]+$/.test(u.displayName ?? ''))
    .filter((u) => !PERSONA_ALIASES.includes(u.userPrincipalName.split('@')[0]!.toLowerCase()))
    .reverse();
  const admin = plain.find((u) => rolesOf(u.id).some((r) => r === HELPDESK_ADMIN || r === GLOBAL_ADMIN));
  const candidates = plain.filter((u) => rolesOf(u.id).length === 0);
  const taken = new Set<string>();
  const take = async (fits: (methods: Method[]) => boolean): Promise<UserRow> => {
    for (const user of candidates) {
      if (taken.has(user.id)) continue;
      if (fits(await methodsOf(user.id))) {
        taken.add(user.id);
        return user;
      }
    }
    throw new Error('no user fits');
  };
  const hasFido2 = (m: Method[]) => m.some((x) => x['@odata.type'] === FIDO2);
  const phoneOf = (m: Method[], type: string) =>
    m.find((x) => x['@odata.type'] === PHONE && x.phoneType === type);
  const fido2 = await take(hasFido2);
  const phone = await take((m) => !!phoneOf(m, 'mobile') && !phoneOf(m, 'office'));
  const tap = await take(() => true);
  const reset = await take((m) => m.some((x) => x['@odata.type'].endsWith('passwordAuthenticationMethod')));
  const shots = await take((m) => hasFido2(m) && !!phoneOf(m, 'mobile'));
  if (!admin) throw new Error('no admin user');
  return { fido2, phone, tap, reset, shots, admin };
}

async function openUser(page: Page, user: UserRow) {
  await page.goto(`/users/${user.id}`);
  await expect(page.getByTestId('user-upn')).toHaveText(user.userPrincipalName);
  await expect(page.getByTestId('method').first()).toBeVisible();
}

const secretsAbsent = (page: Page, secret: string) =>
  page.evaluate(
    (s) => ({
      session: JSON.stringify(sessionStorage).includes(s),
      local: JSON.stringify(localStorage).includes(s),
      url: location.href.includes(s),
    }),
    secret,
  );

test('helpdesk deletes a FIDO2 key after typing the UPN; the emulator no longer has it', async ({ page }) => {
  const { fido2: user } = await pickTargets();
  const key = (await methodsOf(user.id)).find((m) => m['@odata.type'] === FIDO2)!;
  await signIn(page, 'helpdesk');
  await openUser(page, user);
  const item = page.locator(`[data-testid="method"][data-method-id="${key.id}"]`);
  await item.getByTestId('delete-method').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(user.userPrincipalName);
  await expect(dialog).toContainText(user.displayName!);
  await expectNoSeriousA11yViolations(page);
  const confirm = dialog.getByTestId('delete-confirm');
  await expect(confirm).toBeDisabled();
  await dialog.getByTestId('delete-confirm-input').fill(user.userPrincipalName.toUpperCase());
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('page-notice')).toContainText('Deleted the passkey');
  await expect(item).toHaveCount(0);
  const left = await graphAs<{ value: Method[] }>(
    'privileged-helpdesk',
    `/users/${user.id}/authentication/fido2Methods`,
  );
  expect(left.value.map((m) => m.id)).not.toContain(key.id);
});

test('helpdesk adds an office phone and replaces the mobile number', async ({ page }) => {
  const { phone: user } = await pickTargets();
  await signIn(page, 'helpdesk');
  await openUser(page, user);

  await page.getByRole('button', { name: 'Add or replace phone' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Phone type').click();
  await page.getByRole('option', { name: 'Office' }).click();
  await dialog.getByTestId('phone-number').fill('+44 20 7946 0018');
  await expect(dialog).toContainText('Will be saved as +44 2079460018');
  await dialog.getByRole('button', { name: 'Add phone' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('page-notice')).toContainText('+44 2079460018');

  const mobile = page.locator(
    '[data-testid="method"][data-method-id="3179e48a-750b-4051-897c-87b9720928f7"]',
  );
  await mobile.getByRole('button', { name: /^Replace number/ }).click();
  await expect(dialog.getByTestId('phone-replace-note')).toContainText('already has a mobile phone');
  await dialog.getByTestId('phone-number').fill('(206) 555-0199');
  await dialog.getByRole('button', { name: 'Replace number' }).click();
  await expect(dialog).toBeHidden();

  const phones = (await methodsOf(user.id)).filter((m) => m['@odata.type'] === PHONE);
  expect(phones.find((p) => p.phoneType === 'office')?.phoneNumber).toBe('+44 2079460018');
  expect(phones.find((p) => p.phoneType === 'mobile')?.phoneNumber).toBe('+1 2065550199');
});

test('helpdesk issues a TAP: shown once, in no storage, gone from the page after closing', async ({
  page,
}) => {
  const { tap: user } = await pickTargets();
  await signIn(page, 'helpdesk');
  await openUser(page, user);
  await page.getByRole('button', { name: 'Issue Temporary Access Pass' }).click();
  const dialog = page.getByRole('dialog');
  // An Authentication Administrator cannot read the TAP policy: the server's defaults apply.
  await expect(dialog.getByTestId('tap-policy-unknown')).toBeVisible();
  await dialog.getByTestId('issue-tap-submit').click();
  const secret = dialog.getByTestId('secret-value');
  await expect(secret).toBeVisible();
  const code = (await secret.textContent())!.trim();
  expect(code.length).toBeGreaterThanOrEqual(8);
  await expect(dialog.getByTestId('shown-once-warning')).toContainText('will not be shown again');
  await expectNoSeriousA11yViolations(page);
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: `${DIR}/user-actions-tap-issued-light.png` });
  expect(await secretsAbsent(page, code)).toEqual({ session: false, local: false, url: false });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  expect(await page.content()).not.toContain(code);
  expect(await secretsAbsent(page, code)).toEqual({ session: false, local: false, url: false });
  const taps = await graphAs<{ value: { id: string; temporaryAccessPass: string | null }[] }>(
    'privileged-helpdesk',
    `/users/${user.id}/authentication/temporaryAccessPassMethods`,
  );
  expect(taps.value).toHaveLength(1);
  await expect(page.locator('[data-testid="method"][data-method-kind="temporaryAccessPass"]')).toHaveCount(1);
});

test('helpdesk resets a password: the operation is followed to success', async ({ page }) => {
  const { reset: user } = await pickTargets();
  const before = (await methodsOf(user.id)).find((m) =>
    m['@odata.type'].endsWith('passwordAuthenticationMethod'),
  );
  await page.emulateMedia({ colorScheme: 'dark' });
  await signIn(page, 'helpdesk');
  await openUser(page, user);
  await page.getByRole('button', { name: 'Reset password' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('reset-password-submit').click();
  await expect(dialog.getByTestId('reset-status')).toBeVisible();
  await expect(dialog.getByTestId('reset-succeeded')).toBeVisible({ timeout: 20_000 });
  const password = (await dialog.getByTestId('secret-value').textContent())!.trim();
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: `${DIR}/user-actions-password-reset-dark.png` });
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect(await page.content()).not.toContain(password);
  expect(await secretsAbsent(page, password)).toEqual({ session: false, local: false, url: false });
  const after = (await methodsOf(user.id)).find((m) =>
    m['@odata.type'].endsWith('passwordAuthenticationMethod'),
  );
  expect(after?.createdDateTime).not.toBe(before?.createdDateTime);
});

test('helpdesk on an admin: actions disabled with the reason; privileged helpdesk may act', async ({
  page,
  browser,
}) => {
  const { admin } = await pickTargets();
  await signIn(page, 'helpdesk');
  await openUser(page, admin);
  await expect(page.getByTestId('actions-denied')).toContainText('Privileged Authentication Administrator');
  for (const name of ['Issue Temporary Access Pass', 'Reset password', 'Add or replace phone'])
    await expect(page.getByRole('button', { name })).toBeDisabled();
  const deletes = page.getByTestId('delete-method');
  for (const button of await deletes.all()) await expect(button).toBeDisabled();
  await expectNoSeriousA11yViolations(page);

  const other = await browser.newPage();
  await signIn(other, 'privileged-helpdesk');
  await openUser(other, admin);
  await expect(other.getByRole('button', { name: 'Issue Temporary Access Pass' })).toBeEnabled();
  await expect(other.getByRole('button', { name: 'Reset password' })).toBeEnabled();
  await expect(other.getByTestId('actions-denied')).toHaveCount(0);
  await other.getByRole('button', { name: 'Reset password' }).click();
  await expect(other.getByRole('dialog')).toContainText(admin.userPrincipalName);
  await other.getByRole('button', { name: 'Cancel' }).click();
  await other.close();
});

test('a global reader sees every action disabled with the role that can', async ({ page }) => {
  const { shots } = await pickTargets();
  await signIn(page, 'global-reader');
  await openUser(page, shots);
  await expect(page.getByTestId('actions-denied')).toContainText('Global Reader');
  await expect(page.getByTestId('actions-denied')).toContainText('Authentication Administrator');
  await expect(page.getByRole('button', { name: 'Issue Temporary Access Pass' })).toBeDisabled();
});

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const scheme of ['light', 'dark'] as const) {
  test(`user actions screenshots (${scheme})`, async ({ page }) => {
    mkdirSync(DIR, { recursive: true });
    const { shots: user } = await pickTargets();
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, 'helpdesk');
    await openUser(page, user);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${DIR}/user-actions-page-${scheme}.png`, fullPage: true });
    const dialog = page.getByRole('dialog');

    await page
      .locator('[data-testid="method"][data-method-kind="fido2"]')
      .first()
      .getByTestId('delete-method')
      .click();
    await dialog.getByTestId('delete-confirm-input').fill('alice');
    await page.screenshot({ path: `${DIR}/user-actions-delete-${scheme}.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Issue Temporary Access Pass' }).click();
    await expect(dialog.getByTestId('tap-policy-unknown')).toBeVisible();
    await dialog.getByLabel('Start at a later time').check();
    await page.screenshot({ path: `${DIR}/user-actions-tap-${scheme}.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Reset password' }).click();
    await dialog.getByLabel('Type a password').check();
    await dialog.locator('input[type="password"]').fill('short');
    await dialog.locator('input[type="password"]').blur();
    await page.screenshot({ path: `${DIR}/user-actions-reset-${scheme}.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Add or replace phone' }).click();
    await dialog.getByTestId('phone-number').fill('+44 20 7946 0018');
    await page.screenshot({ path: `${DIR}/user-actions-phone-${scheme}.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Issue Temporary Access Pass' }).click();
    await expect(dialog.getByTestId('tap-policy-unknown')).toBeVisible();
    // Let the dialog's fade-in finish, or the picture shows it half transparent.
    await page.evaluate(() =>
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
    );
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${DIR}/user-actions-tap-mobile-${scheme}.png` });
  });
}
