import { graphAs, revokeSessions } from '../support/emulator.ts';
import { answerSignInPrompt } from '../support/fault-cells.ts';
import { guardPage } from '../support/page-guard.ts';
import { expect, test } from '../support/test.ts';

/**
 * Continuous Access Evaluation with the production headers: the app declares CP1, so when an administrator
 * revokes the operator's sessions Graph challenges its token at once. The renewal with the challenge's claims
 * is refused (the refresh token and the browser session went with the revocation), so the app asks the
 * operator to sign in again in a popup that lands on the redirect bridge, and the search works again.
 */
test('a revoked session is challenged at once, and a sign-in in the popup brings the page back', async ({
  page,
}) => {
  // A member no other spec signs in as: revoking a persona's sessions would challenge parallel tests too.
  const users = await graphAs<{ value: { userPrincipalName: string; userType: string }[] }>(
    'global-admin',
    '/users?$select=userPrincipalName,userType&$top=999',
  );
  const upn = users.value.filter((u) => u.userType === 'Member').at(-7)!.userPrincipalName;
  // The sign-in names this member as a login hint would: the emulator signs them in without its picker.
  await page.context().route('**/oauth2/v2.0/authorize?**', (route) => {
    const url = new URL(route.request().url());
    if (!url.searchParams.has('login_hint')) url.searchParams.set('login_hint', upn);
    return route.continue({ url: url.toString() });
  });
  const guard = await guardPage(page);
  await page.goto('/nothing-here');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible();

  const box = page.getByRole('combobox', { name: 'Search users' });
  await box.click();
  await box.pressSequentially('Bowen', { delay: 20 });
  await expect(page.getByRole('option').filter({ hasText: 'Megan Bowen' })).toBeVisible();

  await revokeSessions(upn);
  await box.fill('');
  await box.pressSequentially('Vance', { delay: 20 });
  await answerSignInPrompt(page, page.locator('body'), 'no-role');
  await box.click();
  await expect(page.getByRole('option').filter({ hasText: 'Adele Vance' })).toBeVisible({ timeout: 30_000 });
  expect(guard.violations).toEqual([]);
});
