import { readClientState, snapshotOnPageHide, stateAtLastPageHide } from '../support/client-state.ts';
import { graphAs } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';
import { directoryUsers, isPersona } from '../support/tenant.ts';

test('sign-out empties the query cache and MSAL’s cache; the next persona in the tab sees none of it', async ({
  page,
}) => {
  const admin = await graphAs<{ id: string; userPrincipalName: string }>('global-admin', '/me');
  // Not a persona: the next operator's own id is rightly in their own cache (their role assignments).
  const someone = (await directoryUsers()).find((u) => !isPersona(u));

  await snapshotOnPageHide(page);
  await signIn(page, 'global-admin');
  await expect(page.getByTestId('kpi-total-value')).toBeVisible();
  await page.goto(`/users/${someone!.id}`);
  await expect(page.getByTestId('method').first()).toBeVisible();
  const before = await readClientState(page);
  expect(before.sessionStorage).toContain(admin.id);
  expect(before.queryCache).toContain('Global Administrator');

  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // What the signed-in page held at the moment it left for the authority's logout.
  const leaving = await stateAtLastPageHide(page);
  expect(leaving.url).toContain(`/users/${someone!.id}`);
  expect(JSON.parse(leaving.queryCache)).toEqual([]);
  expect(leaving.sessionStorage).not.toContain(admin.id);
  expect(leaving.sessionStorage).not.toMatch(/accesstoken|refreshtoken|idtoken/i);

  // The helpdesk agent, in the same tab: their own name and roles, and the report they may not read.
  await signIn(page, 'helpdesk');
  await page.getByRole('button', { name: /^Account:/ }).click();
  await expect(page.getByTestId('account-name')).toHaveText('Megan Bowen');
  await expect(page.getByTestId('account-roles')).toContainText('Authentication Administrator');
  await expect(page.getByTestId('account-roles')).not.toContainText('Global Administrator');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('kpi-total-value')).toHaveCount(0);
  const after = await readClientState(page);
  expect(after.sessionStorage).not.toContain(admin.id);
  expect(after.sessionStorage.toLowerCase()).not.toContain(admin.userPrincipalName.toLowerCase());
  expect(after.queryCache).not.toContain('Global Administrator');
  expect(after.queryCache).not.toContain(someone!.id);
});
