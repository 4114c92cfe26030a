import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { graphAs, graphReader } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { type UserRow, isPersona } from '../support/tenant.ts';
import { ROLE_TEMPLATE } from '../../entra-facts/role-templates.ts';

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

const HELPDESK_ADMIN = ROLE_TEMPLATE.helpdeskAdministrator;
const GLOBAL_ADMIN = ROLE_TEMPLATE.globalAdministrator;
const FIDO2 = '#microsoft.graph.fido2AuthenticationMethod';
const PHONE = '#microsoft.graph.phoneAuthenticationMethod';
const DIR = 'screenshots';
// Dialogs fade in: without finishing the transition the picture shows them half transparent.
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${DIR}/${name}.png`, animations: 'disabled' });

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
  email: UserRow;
  preferences: UserRow;
  reRegister: UserRow;
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
    .filter((u) => !isPersona(u))
    .reverse();
  const admin = plain.find((u) => rolesOf(u.id).some((r) => r === HELPDESK_ADMIN || r === GLOBAL_ADMIN));
  const candidates = plain.filter((u) => rolesOf(u.id).length === 0);
  const taken = new Set<string>();
  const reader = await graphReader('privileged-helpdesk');
  const methodsCache = new Map<string, Promise<Method[]>>();
  const methodsOfCached = (id: string) => {
    if (!methodsCache.has(id))
      methodsCache.set(
        id,
        reader.get<{ value: Method[] }>(`/users/${id}/authentication/methods`, 'beta').then((r) => r.value),
      );
    return methodsCache.get(id)!;
  };
  const take = async (fits: (methods: Method[]) => boolean, from = 0): Promise<UserRow> => {
    const pool = candidates.slice(from).filter((u) => !taken.has(u.id));
    // Read ahead in small parallel chunks, keeping the pick the first fit in list order.
    for (let i = 0; i < pool.length; i += 8) {
      const chunk = pool.slice(i, i + 8);
      const lists = await Promise.all(chunk.map((u) => methodsOfCached(u.id)));
      const index = lists.findIndex(fits);
      if (index >= 0) {
        taken.add(chunk[index]!.id);
        return chunk[index]!;
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
  // Later slots start further down the list, so the slots above moving (their tests change their
  // users) never shifts these onto the same user.
  const email = await take(() => true, 40);
  const kindOf = (m: Method) => m['@odata.type'].replace('#microsoft.graph.', '');
  const hasKind = (m: Method[], kind: string) => m.some((x) => kindOf(x) === kind);
  const preferences = await take(
    (m) => !!phoneOf(m, 'mobile') && hasKind(m, 'microsoftAuthenticatorAuthenticationMethod'),
    60,
  );
  const reRegister = await take(
    (m) =>
      m.filter((x) => kindOf(x) !== 'passwordAuthenticationMethod').length >= 5 &&
      hasKind(m, 'microsoftAuthenticatorAuthenticationMethod') &&
      !!phoneOf(m, 'mobile'),
    80,
  );
  await reader.dispose();
  if (!admin) throw new Error('no admin user');
  return { fido2, phone, tap, reset, shots, admin, email, preferences, reRegister };
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
  await shot(page, 'user-actions-tap-issued-light');
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
  await shot(page, 'user-actions-password-reset-dark');
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
  for (const name of [
    'Issue Temporary Access Pass',
    'Set up a passkey',
    'Reset password',
    'Add or replace phone',
    'Add or replace email',
    'Set default method',
    'Require MFA re-registration',
  ])
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

test('helpdesk adds a recovery email, then replaces it; invalid input is refused first', async ({ page }) => {
  const { email: user } = await pickTargets();
  await signIn(page, 'helpdesk');
  await openUser(page, user);
  const dialog = page.getByRole('dialog');
  for (const address of ['first@fabrikam.example', 'second@fabrikam.example']) {
    await page.getByRole('button', { name: 'Add or replace email' }).click();
    await expect(dialog).toContainText(user.userPrincipalName);
    await dialog.getByTestId('email-address').fill('not an address');
    await dialog.getByTestId('email-submit').click();
    await expect(dialog).toContainText('This is not an email address');
    await dialog.getByTestId('email-address').fill(address);
    await dialog.getByTestId('email-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('page-notice')).toContainText(address);
    await expect(page.locator('[data-testid="method"][data-method-kind="email"]')).toContainText(address);
  }
  const emails = await graphAs<{ value: { emailAddress: string }[] }>(
    'privileged-helpdesk',
    `/users/${user.id}/authentication/emailMethods`,
  );
  expect(emails.value.map((e) => e.emailAddress)).toEqual(['second@fabrikam.example']);
});

test('helpdesk sets the default method and turns SMS sign-in on and off', async ({ page }) => {
  const { preferences: user } = await pickTargets();
  await signIn(page, 'helpdesk');
  await openUser(page, user);
  const dialog = page.getByRole('dialog');
  const preferencesOf = () =>
    graphAs<{ userPreferredMethodForSecondaryAuthentication: string | null }>(
      'privileged-helpdesk',
      `/users/${user.id}/authentication/signInPreferences`,
      'beta',
    );

  const target =
    (await preferencesOf()).userPreferredMethodForSecondaryAuthentication === 'push' ? 'voiceMobile' : 'push';
  await page.getByRole('button', { name: 'Set default method' }).click();
  await expect(dialog).toContainText(user.userPrincipalName);
  await dialog.getByTestId(`default-option-${target}`).click();
  await dialog.getByTestId('default-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('page-notice')).toContainText('default sign-in method is now');
  expect((await preferencesOf()).userPreferredMethodForSecondaryAuthentication).toBe(target);

  const mobile = page.locator(
    '[data-testid="method"][data-method-id="3179e48a-750b-4051-897c-87b9720928f7"]',
  );
  const smsStateOf = async () =>
    (
      await graphAs<{ smsSignInState: string }>(
        'privileged-helpdesk',
        `/users/${user.id}/authentication/phoneMethods/3179e48a-750b-4051-897c-87b9720928f7`,
      )
    ).smsSignInState;
  const before = await smsStateOf();
  const toggle = mobile.getByTestId('sms-sign-in');
  await expect(toggle).toHaveText(before === 'ready' ? 'Disable SMS sign-in' : 'Enable SMS sign-in');
  await toggle.click();
  await expect(dialog).toContainText(user.userPrincipalName);
  if (await dialog.getByTestId('sms-blocked').isVisible()) {
    // Policy or a shared number blocks it: the dialog says why and sends nothing.
    await expect(dialog.getByTestId('sms-submit')).toBeDisabled();
    return;
  }
  await dialog.getByTestId('sms-submit').click();
  await expect(dialog).toBeHidden();
  await expect.poll(smsStateOf).not.toBe(before);
  await expect(mobile.getByTestId('sms-sign-in')).toHaveText(
    before === 'ready' ? 'Enable SMS sign-in' : 'Disable SMS sign-in',
  );
});

test('helpdesk requires MFA re-registration of a user with five methods, then issues a TAP', async ({
  page,
}) => {
  const { reRegister: user } = await pickTargets();
  const kindsOf = async () =>
    (await methodsOf(user.id)).map((m) => m['@odata.type'].replace('#microsoft.graph.', ''));
  const before = await kindsOf();
  const mfa = [
    'phoneAuthenticationMethod',
    'microsoftAuthenticatorAuthenticationMethod',
    'softwareOathAuthenticationMethod',
  ];
  const removable = before.filter((k) => mfa.includes(k)).length;
  await signIn(page, 'helpdesk');
  await openUser(page, user);
  await page.getByRole('button', { name: 'Require MFA re-registration' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(user.userPrincipalName);
  await expect(dialog.getByTestId('rereg-start')).toHaveText(`Remove ${removable} methods`);
  await expect(dialog.getByTestId('rereg-default-phone')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  mkdirSync(DIR, { recursive: true });
  await shot(page, 'user-actions-rereg-preview-light');
  await dialog.getByTestId('rereg-start').click();
  await expect(dialog.getByTestId('rereg-close')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByTestId('rereg-progress')).toContainText(
    `Removed ${removable} of ${removable} methods`,
  );
  await expect(dialog.locator('[data-testid="rereg-step"][data-status="failed"]')).toHaveCount(0);
  await shot(page, 'user-actions-rereg-done-light');
  const after = await kindsOf();
  expect(after.filter((k) => mfa.includes(k))).toEqual([]);
  // What the admin center keeps (passkeys, Windows Hello, email, password) is still there.
  expect(after).toEqual(before.filter((k) => !mfa.includes(k)));

  await dialog.getByTestId('rereg-tap').click();
  await expect(dialog.getByTestId('issue-tap-submit')).toBeVisible();
  await dialog.getByTestId('issue-tap-submit').click();
  await expect(dialog.getByTestId('secret-value')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('[data-testid="method"][data-method-kind="temporaryAccessPass"]')).toHaveCount(1);
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
    await shot(page, `user-actions-delete-${scheme}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Issue Temporary Access Pass' }).click();
    await expect(dialog.getByTestId('tap-policy-unknown')).toBeVisible();
    await dialog.getByLabel('Start at a later time').check();
    await shot(page, `user-actions-tap-${scheme}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Reset password' }).click();
    await dialog.getByLabel('Type a password').check();
    await dialog.locator('input[type="password"]').fill('short');
    await dialog.locator('input[type="password"]').blur();
    await shot(page, `user-actions-reset-${scheme}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Add or replace phone' }).click();
    await dialog.getByTestId('phone-number').fill('+44 20 7946 0018');
    await shot(page, `user-actions-phone-${scheme}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Add or replace email' }).click();
    await dialog.getByTestId('email-address').fill('kim@');
    await dialog.getByTestId('email-submit').click();
    await shot(page, `user-actions-email-${scheme}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Set default method' }).click();
    await shot(page, `user-actions-default-${scheme}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.locator('[data-testid="method"] [data-testid="sms-sign-in"]').first().click();
    await shot(page, `user-actions-sms-${scheme}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Require MFA re-registration' }).click();
    await dialog.getByTestId('rereg-passwordless').check();
    await shot(page, `user-actions-rereg-${scheme}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Issue Temporary Access Pass' }).click();
    await expect(dialog.getByTestId('tap-policy-unknown')).toBeVisible();
    await shot(page, `user-actions-tap-mobile-${scheme}`);
  });
}
