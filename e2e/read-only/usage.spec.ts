import { request } from '@playwright/test';
import { E2E_EMULATOR_URL } from '../../playwright.config.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { tokenFor } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';
import { fourShots } from '../support/phone-shot.ts';

const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);

async function betaAs<T>(path: string): Promise<T> {
  const ctx = await request.newContext({ baseURL: E2E_EMULATOR_URL, ignoreHTTPSErrors: true });
  const response = await ctx.get(`/beta${path}`, {
    headers: {
      Authorization: `Bearer ${await tokenFor('security-lead')}`,
      Prefer: 'include-unknown-enum-members',
    },
  });
  const body = (await response.json()) as T;
  await ctx.dispose();
  return body;
}

interface SummaryItem {
  feature: string;
  authMethod: string;
  successfulActivityCount: number;
  failureActivityCount: number;
}

test('sign-ins per method and the MFA share are the sign-in summaries’ own figures', async ({ page }) => {
  const byMethod = await betaAs<{ value: { authenticationMethod: string; successActivityCount: number }[] }>(
    "/reports/authenticationMethods/userSignInsByAuthMethodSummary(period='d7')",
  );
  const daily = await betaAs<{
    value: { createdDateTime: string; singleFactorSignIns: number; multiFactorSignIns: number }[];
  }>('/reports/authenticationMethods/userMfaSignInSummary');
  await signIn(page, 'security-lead', '/usage?period=D7');
  const used = byMethod.value.filter((m) => m.successActivityCount > 0);
  expect(used.length).toBeGreaterThan(1);
  for (const m of used)
    await expect(
      page
        .locator(`[data-testid="method-sign-ins"][data-method="${m.authenticationMethod}"]`)
        .getByTestId('method-sign-ins-count'),
    ).toHaveText(fmt(m.successActivityCount));
  await expect(page.getByTestId('method-sign-ins')).toHaveCount(used.length);
  // Seven UTC days, today included: the report dates each day at midnight.
  const since = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 6 * 86_400_000;
  const week = daily.value.filter((d) => Date.parse(d.createdDateTime) >= since);
  const multi = week.reduce((n, d) => n + d.multiFactorSignIns, 0);
  const single = week.reduce((n, d) => n + d.singleFactorSignIns, 0);
  await expect(page.getByTestId('mfa-sign-in-share')).toContainText(
    `${fmt(multi)} multifactor, ${fmt(single)} single-factor`,
  );
  await fourShots(page, 'usage-sign-ins', page.getByRole('region', { name: 'Sign-ins by method' }));
});

test('the security lead sees SSPR outcomes per method that match the report, and filters the activity', async ({
  page,
}) => {
  const summary = await betaAs<{ value: SummaryItem[] }>(
    "/reports/authenticationMethods/userRegistrationActivity(period='d30')",
  );
  await signIn(page, 'security-lead', '/usage?period=D30');
  await expect(page.getByRole('heading', { name: 'Usage', level: 1 })).toBeVisible();
  await expect(page.getByText(/these are not MFA sign-in outcomes/)).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.getByRole('button', { name: 'Table' }).click();
  for (const item of summary.value) {
    const cells = page.locator(`tr[data-usage="${item.feature}:${item.authMethod}"] td`);
    await expect(cells.nth(2)).toHaveText(fmt(item.successfulActivityCount));
    await expect(cells.nth(3)).toHaveText(fmt(item.failureActivityCount));
  }

  await expect(page.getByTestId('activity-row').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Outcome' }).click();
  await page.getByRole('option', { name: 'Failed' }).click();
  await expect(page).toHaveURL(/outcome=failure/);
  await expect(page.getByTestId('activity-row').first()).toBeVisible();
  const outcomes = await page.getByTestId('activity-row').locator('td').nth(4).allTextContents();
  expect(outcomes.every((o) => o === 'Failed')).toBe(true);
  await expectNoSeriousA11yViolations(page);

  // Events know users by UPN: the link resolves it and opens the user's page by id.
  const first = page.getByTestId('activity-row').first().getByRole('link');
  const upn = await first.getAttribute('title').catch(() => null);
  await first.click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('user-upn')).toBeVisible();
  if (upn) await expect(page.getByTestId('user-upn')).toHaveText(upn);
});

test('the period is part of the link, and a helpdesk agent is told which role the usage reports need', async ({
  page,
}) => {
  await signIn(page, 'security-lead', '/usage?period=D1');
  await expect(page.getByRole('button', { name: 'Last 24 hours' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await signIn(page, 'helpdesk', '/usage?period=D1');
  await expect(page.getByTestId('reports-need-role')).toContainText('Reports Reader');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`usage screenshots (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, 'security-lead', '/usage?period=D30');
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByTestId('activity-row').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `screenshots/usage-${scheme}.png`, fullPage: true });
  });
}
