import type { Page } from '@playwright/test';
import { graphStatusProbe, type PersonaId } from '../support/emulator.ts';
import { phoneDarkShot } from '../support/phone-shot.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';
import { delegationTargets, type DelegationTargets } from '../support/tenant.ts';

/**
 * Administrative units, restricted management units, role-assignable groups and custom roles in the product
 * (entra-docs admin-units-assign-roles.md, admin-units-restricted-management.md, groups-concept.md,
 * custom-user-permissions.md): the operator sees their scope, the page explains a refusal before any call,
 * and Graph agrees. Nothing here changes the tenant: the probes are writes Graph refuses or cannot apply.
 */

let targets: DelegationTargets;
test.beforeAll(async () => {
  targets = await delegationTargets();
});

// Toggling system-preferred MFA with an invalid value: 400 once authorized, 403 when not.
async function graphAllowsWrite(persona: PersonaId, userId: string): Promise<boolean> {
  const probe = await graphStatusProbe(persona);
  const status = await probe.status(
    'PATCH',
    `/users/${userId}/authentication/signInPreferences`,
    { userPreferredMethodForSecondaryAuthentication: 'notAMethod' },
    'beta',
  );
  await probe.dispose();
  return status !== 403;
}

async function openAccountPanel(page: Page) {
  await page.getByRole('button', { name: /^Account:/ }).click();
  return page.getByRole('dialog', { name: 'Signed-in account' });
}

async function openUser(page: Page, id: string) {
  await page.goto(`/users/${id}`);
  await expect(page.getByTestId('user-upn')).toBeVisible();
  await expect(page.getByTestId('method').or(page.getByTestId('methods-unreadable')).first()).toBeVisible();
}

test('an Authentication Administrator scoped to Sales sees the scope, acts in it, and is refused outside it', async ({
  page,
}) => {
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/authentication/')) writes.push(r.url());
  });
  await signIn(page, 'unit-helpdesk');
  const panel = await openAccountPanel(page);
  await expect(panel.getByTestId('account-assigned-roles')).toHaveText(
    'Authentication Administrator (administrative unit: Sales)',
  );
  await expect(panel.getByTestId('account-roles')).toHaveText('Directory Readers');
  await page.keyboard.press('Escape');

  await openUser(page, targets.salesMember.id);
  await expect(page.getByTestId('action-tap')).toBeEnabled();
  expect(await graphAllowsWrite('unit-helpdesk', targets.salesMember.id)).toBe(true);

  await openUser(page, targets.outsider.id);
  await expect(page.getByTestId('action-tap')).toBeDisabled();
  await expect(page.getByTestId('actions-denied')).toHaveText(
    'Your Authentication Administrator role is scoped to the administrative unit Sales, and this user is not a member of it. This needs an Authentication Administrator, Privileged Authentication Administrator or Global Administrator.',
  );
  expect(await graphAllowsWrite('unit-helpdesk', targets.outsider.id)).toBe(false);
  expect(writes).toEqual([]);
  await page.screenshot({ path: 'screenshots/unit-scope-refused-light.png', fullPage: true });
  await phoneDarkShot(
    page,
    page.getByTestId('actions-denied'),
    'screenshots/unit-scope-refused-phone-dark.png',
  );
  await expect((await openAccountPanel(page)).getByTestId('account-assigned-roles')).toBeVisible();
  await page.screenshot({ path: 'screenshots/account-panel-unit-phone-dark.png', animations: 'disabled' });
});

test('a restricted management unit stops even a Global Administrator, before the call', async ({ page }) => {
  await signIn(page, 'global-admin');
  await openUser(page, targets.executive.id);
  await expect(page.getByTestId('action-tap')).toBeDisabled();
  await expect(page.getByTestId('actions-denied')).toContainText(
    'is in the restricted management administrative unit Executive Office: only administrators assigned to that unit can change their methods',
  );
  expect(await graphAllowsWrite('global-admin', targets.executive.id)).toBe(false);
});

test('a role-assignable group member is left to a Privileged Authentication Administrator', async ({
  page,
}) => {
  await signIn(page, 'helpdesk');
  await openUser(page, targets.tier0Member.id);
  await expect(page.getByTestId('actions-denied')).toHaveText(
    'This user is a member of the role-assignable group Tier 0 Responders. Entra lets only a Privileged Authentication Administrator or Global Administrator change their methods or reset their password.',
  );
  expect(await graphAllowsWrite('helpdesk', targets.tier0Member.id)).toBe(false);
  expect(await graphAllowsWrite('privileged-helpdesk', targets.tier0Member.id)).toBe(true);
});

test('a custom-role operator sees the custom role, and why it cannot act', async ({ page }) => {
  await signIn(page, 'custom-role');
  const panel = await openAccountPanel(page);
  await expect(panel.getByTestId('account-assigned-roles')).toHaveText(
    'Tier 1 Support (custom) (custom role)',
  );
  await page.keyboard.press('Escape');
  await openUser(page, targets.salesMember.id);
  await expect(page.getByTestId('actions-denied')).toContainText(
    'Your roles (Directory Readers, Tier 1 Support (custom)) cannot change another user',
  );
  await expect(page.getByTestId('actions-denied')).toContainText(
    'Entra offers custom roles no authentication-method or password permission.',
  );
  expect(await graphAllowsWrite('custom-role', targets.salesMember.id)).toBe(false);
});

test('an operator whose role assignments Graph will not list is told "unknown", never "no admin role"', async ({
  page,
}) => {
  await signIn(page, 'no-role');
  const panel = await openAccountPanel(page);
  await expect(panel.getByTestId('account-assignments-unknown')).toHaveText(
    'Unknown: Graph lists role assignments only to a Directory Readers, Global Reader or Privileged Role Administrator. Graph decides what you may do.',
  );
  await page.keyboard.press('Escape');
  // In a unit: a role scoped to it could allow the action, so the page offers it and Graph decides.
  await openUser(page, targets.salesMember.id);
  await expect(page.getByTestId('action-tap')).toBeEnabled();
  await expect(page.getByTestId('access-unknown')).toContainText('Graph decides');
  await expect(page.getByTestId('actions-denied')).toHaveCount(0);
  // Graph refuses: the dialog then explains its 403, as for any refused write.
  expect(await graphAllowsWrite('no-role', targets.salesMember.id)).toBe(false);
});
