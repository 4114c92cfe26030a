import { graphAs } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';

interface Method {
  id: string;
  '@odata.type': string;
  phoneType?: string;
}

/** A member without roles who has an email method, from the middle of the directory (other specs use the ends). */
async function pickUser(): Promise<{ id: string; emailId: string }> {
  const users = (await graphAs<{ value: { id: string }[] }>('global-admin', '/users?$select=id&$top=400'))
    .value;
  const admins = new Set(
    (
      await graphAs<{ value: { principalId: string }[] }>(
        'global-admin',
        '/roleManagement/directory/roleAssignments',
      )
    ).value.map((a) => a.principalId),
  );
  for (const { id } of users.slice(300)) {
    if (admins.has(id)) continue;
    const methods = (
      await graphAs<{ value: Method[] }>('global-admin', `/users/${id}/authentication/methods`)
    ).value;
    const email = methods.find((m) => m['@odata.type'].endsWith('emailAuthenticationMethod'));
    if (email) return { id, emailId: email.id };
  }
  throw new Error('no member with an email method');
}

test('two tabs on one user: the second sees the first one’s change when it comes back into focus', async ({
  page,
  context,
}) => {
  const user = await pickUser();
  await signIn(page, 'helpdesk', `/users/${user.id}`);
  const email = page.locator(`[data-testid="method"][data-method-id="${user.emailId}"]`);
  await expect(email).toBeVisible();

  // MSAL's cache is per tab (sessionStorage): the second tab signs in as the same operator.
  const second = await context.newPage();
  await signIn(second, 'helpdesk', `/users/${user.id}`);
  const emailThere = second.locator(`[data-testid="method"][data-method-id="${user.emailId}"]`);
  await emailThere.getByTestId('delete-method').click();
  await second.getByRole('dialog').getByTestId('delete-confirm').click();
  await expect(emailThere).toHaveCount(0);
  await second.close();

  // Back to the first tab: the browser reports it visible again, and the page reads the user afresh.
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
  await expect(email).toHaveCount(0, { timeout: 15_000 });
});
