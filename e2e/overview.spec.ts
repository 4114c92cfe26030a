import type {
  UserRegistrationFeatureSummary,
  UserRegistrationMethodSummary,
} from '@microsoft/microsoft-graph-types-beta';
import { expect, test } from './support/test.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { graphAs, injectFault } from './support/emulator.ts';
import { signIn } from './support/sign-in.ts';

const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);

test('security lead signs in and sees the tenant’s own adoption numbers', async ({ page }) => {
  const features = await graphAs<UserRegistrationFeatureSummary>(
    'security-lead',
    "/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='all',includedUserRoles='all')",
  );
  const methods = await graphAs<UserRegistrationMethodSummary>(
    'security-lead',
    "/reports/authenticationMethods/usersRegisteredByMethod(includedUserTypes='all',includedUserRoles='all')",
  );
  const count = (feature: string) =>
    Number(features.userRegistrationFeatureCounts?.find((c) => c.feature === feature)?.userCount);

  await signIn(page, 'security-lead');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByTestId('kpi-total-value')).toHaveText(fmt(Number(features.totalUserCount)));
  for (const feature of ['mfaCapable', 'ssprCapable', 'passwordlessCapable']) {
    await expect(page.getByTestId(`kpi-${feature}-value`)).toHaveText(fmt(count(feature)));
    const share = count(feature) / Number(features.totalUserCount);
    await expect(page.getByTestId(`kpi-${feature}-caption`)).toContainText(
      new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(share),
    );
  }

  // The chart draws one bar per registered method; the table lists every method with its count.
  const registered = (methods.userRegistrationMethodCounts ?? []).filter((m) => Number(m.userCount) > 0);
  await expect(page.locator('.recharts-bar-rectangle')).toHaveCount(registered.length);
  await page.getByRole('button', { name: 'Table' }).click();
  for (const m of methods.userRegistrationMethodCounts ?? []) {
    await expect(page.locator(`tr[data-method="${m.authenticationMethod}"] td`).nth(1)).toHaveText(
      fmt(Number(m.userCount)),
    );
  }
  await expectNoSeriousA11yViolations(page);
});

test('account menu names the operator and their roles, and signs out through the authority', async ({
  page,
}) => {
  await signIn(page, 'security-lead');
  await page.getByRole('button', { name: /^Account:/ }).click();
  await expect(page.getByTestId('account-name')).toHaveText('Lidia Holloway');
  await expect(page.getByTestId('account-username')).toHaveText('lidiah@contoso.onmicrosoft.com');
  await expect(page.getByTestId('account-roles')).toContainText('Security Reader');
  await expect(page.getByTestId('account-roles')).toContainText('Reports Reader');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('accesstoken'))),
  ).toEqual([]);
});

test('a helpdesk agent without a reports role is told which role and permission the report needs', async ({
  page,
}) => {
  await signIn(page, 'helpdesk');
  const alert = page.getByRole('alert').filter({ hasText: 'You do not have access to this data' }).first();
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Reports Reader');
  await expect(alert).toContainText('Authorization_RequestDenied');
  await expect(alert).toContainText(/request-id [0-9a-f-]{36}/);
});

test('a throttled report waits and recovers by itself, without an error flash', async ({ page, appId }) => {
  // Graph hides Retry-After from scripts, so the app must back off on its own.
  await injectFault({
    appId,
    path: '^/reports/authenticationMethods/usersRegisteredByFeature',
    status: 429,
    retryAfter: null,
    count: 2,
  });
  await signIn(page, 'security-lead');
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/, { timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('one failing report leaves the rest of the page working, and says what to do', async ({
  page,
  appId,
}) => {
  await injectFault({
    appId,
    path: '^/reports/authenticationMethods/usersRegisteredByMethod',
    status: 500,
    count: 10,
  });
  await signIn(page, 'security-lead');
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/);
  const alert = page.getByRole('alert').filter({ hasText: 'Microsoft Graph had a problem' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText('InternalServerError');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});
