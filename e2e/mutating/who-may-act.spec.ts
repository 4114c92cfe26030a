import { graphAs } from '../support/emulator.ts';
import { phoneDarkShot } from '../support/phone-shot.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';
import { directoryUsers, isPersona, rolesByUser, type UserRow } from '../support/tenant.ts';
import { ROLE_TEMPLATE } from '../../entra-facts/role-templates.ts';

/**
 * Entra's "Who can reset passwords" table (entra-docs privileged-roles-permissions.md) in the product: the
 * Helpdesk Administrator column ticks the Helpdesk Admin row, and the Password Administrator column does not
 * tick the Auth Admin row. The first is done through the page; the second is refused before any call.
 */

const HELPDESK_ADMINISTRATOR = ROLE_TEMPLATE.helpdeskAdministrator;
const PASSWORD_METHOD = '28c10230-6103-485e-b985-444c60001490';

/**
 * Someone holding the Helpdesk Administrator role alone, not a persona, and in no administrative unit: the
 * operator cannot list role assignments, so only then can the page rule out a role scoped to the user's unit.
 */
async function aHelpdeskAdministrator(): Promise<UserRow> {
  const users = await directoryUsers();
  const rolesOf = await rolesByUser();
  const candidates = users.filter(
    (u) => !isPersona(u) && rolesOf(u.id).length === 1 && rolesOf(u.id)[0] === HELPDESK_ADMINISTRATOR,
  );
  for (const user of candidates) {
    const units = await graphAs<{ value: unknown[] }>(
      'global-admin',
      `/users/${user.id}/memberOf/microsoft.graph.administrativeUnit?$select=id`,
    );
    if (units.value.length === 0) return user;
  }
  throw new Error('the tenant has no Helpdesk Administrator outside units besides the personas');
}

const passwordChangedOf = async (id: string) =>
  (
    await graphAs<{ createdDateTime: string | null }>(
      'global-admin',
      `/users/${id}/authentication/passwordMethods/${PASSWORD_METHOD}`,
      'beta',
    )
  ).createdDateTime;

test("a Helpdesk Administrator resets another Helpdesk Administrator's password", async ({ page }) => {
  const target = await aHelpdeskAdministrator();
  const before = await passwordChangedOf(target.id);
  await signIn(page, 'helpdesk-admin', `/users/${target.id}`);
  await expect(page.getByTestId('user-upn')).toHaveText(target.userPrincipalName);
  // Not their methods: Entra gives the Helpdesk Administrator no part in managing them.
  await expect(page.getByTestId('action-tap')).toBeDisabled();
  await page.getByTestId('action-resetPassword').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('reset-password-submit').click();
  await expect(dialog.getByTestId('reset-succeeded')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => passwordChangedOf(target.id)).not.toBe(before);
});

test('a Password Administrator is stopped before the call on an Authentication Administrator', async ({
  page,
}) => {
  // The helpdesk persona holds the Authentication Administrator role alone; nothing here changes her.
  const authAdmin = (
    await graphAs<{ value: UserRow[] }>(
      'global-admin',
      "/users?$filter=startswith(userPrincipalName,'meganb')",
    )
  ).value[0]!;
  const resets: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/resetPassword')) resets.push(r.url());
  });
  await signIn(page, 'password-admin', `/users/${authAdmin.id}`);
  const reset = page.getByTestId('action-resetPassword');
  await expect(reset).toBeDisabled();
  await expect(page.getByTestId('reset-denied')).toHaveText(
    'This user holds admin roles (Authentication Administrator). Entra lets an Authentication Administrator, Privileged Authentication Administrator or Global Administrator reset their password, not a Password Administrator.',
  );
  expect(resets).toEqual([]);
  await page.screenshot({ path: 'screenshots/password-admin-refused-light.png', fullPage: true });
  await phoneDarkShot(
    page,
    page.getByTestId('reset-denied'),
    'screenshots/password-admin-refused-phone-dark.png',
  );
});
