import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';

test('cancelling on the sign-in page comes back with a message and a retry', async ({ page }) => {
  await page.goto('/');
  // The button is disabled until MSAL has started; its colour change must not race the contrast check.
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the demo tenant' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Cancel sign-in' }).click();
  await expect(page.getByRole('alert')).toContainText('Sign-in was cancelled');
  await page.getByRole('button', { name: 'Try signing in again' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the demo tenant' })).toBeVisible();
});

test('an unreachable authority is explained, not a blank page', async ({ page }) => {
  await page.route('**/config.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.appConfig = { authorityOrigin: 'https://localhost:9', tenant: 'organizations', clientId: '00000000-0000-0000-0000-000000000009', graphBaseUrl: 'https://localhost:9' };`,
    }),
  );
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The sign-in service cannot be reached');
  // Where its certificate may need accepting: a link, not an address to copy.
  await expect(
    page.getByRole('alert').getByRole('link', { name: 'Open https://localhost:9' }),
  ).toHaveAttribute('href', 'https://localhost:9');
  await expect(page.getByRole('button', { name: 'Try signing in again' })).toBeEnabled();
});

// src/lib/config.ts: the same rules as `npm run build:site` applies, at start-up.
for (const [what, fields, message] of [
  ['an http authority', "authorityOrigin: 'http://localhost:9'", /authorityOrigin must be an https:\/\/ URL/],
  ['two clouds', "graphBaseUrl: 'https://graph.microsoft.us'", /must belong to the same cloud/],
  ['a client id that is not one', "clientId: 'my-dashboard'", /clientId must be the app registration/],
] as const) {
  test(`a config.js with ${what} is explained at start-up, naming the field, not a blank page`, async ({
    page,
  }) => {
    await page.route('**/config.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        // A valid config, then the one field at fault (a later key wins).
        body: `window.appConfig = { authorityOrigin: 'https://localhost:9', tenant: 'organizations', clientId: '00000000-0000-0000-0000-000000000009', graphBaseUrl: 'https://localhost:9', ${fields} };`,
      }),
    );
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText(message);
  });
}
