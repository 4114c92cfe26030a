import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { PersonaId } from '../support/emulator.ts';
import { expectNoHorizontalScroll } from '../support/phone-shot.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';

// Each persona's first minutes: where the app opens, what the menu offers, and no wall of refusals.
const DIR = 'screenshots/first-hour';
mkdirSync(DIR, { recursive: true });

const REPORT_PAGES = ['Overview', 'Usage', 'Users', 'Privileged', 'SMS retirement'];
const HELPDESK_HOMES: readonly PersonaId[] = [
  'helpdesk',
  'privileged-helpdesk',
  'helpdesk-admin',
  'password-admin',
  'user-admin',
  'unit-helpdesk',
  'custom-role',
  'no-role',
];
const OVERVIEW_HOMES: readonly PersonaId[] = ['security-lead', 'global-reader', 'global-admin'];

const menu = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const errorBanners = (page: Page) => page.locator('.MuiAlert-colorError');

for (const persona of HELPDESK_HOMES) {
  test(`${persona} opens on the helpdesk home, the report pages marked with the role that opens them`, async ({
    page,
  }) => {
    const reports: string[] = [];
    page.on('request', (r) => {
      if (/\/reports\//.test(r.url())) reports.push(r.url());
    });
    await signIn(page, persona);
    await expect(page).toHaveURL(/\/helpdesk$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Find a user' })).toBeFocused();
    await expect(page.getByTestId('reach-line').or(page.getByTestId('reach-none')).first()).toBeVisible();
    for (const name of REPORT_PAGES) {
      const link = menu(page).getByRole('link', { name: new RegExp(`^${name}`) });
      await expect(link, name).toHaveAttribute('data-needs-role', 'reports');
      await expect(link, name).toContainText('Needs Reports Reader');
    }
    await expect(menu(page).getByRole('link', { name: /^Helpdesk/ })).not.toHaveAttribute('data-needs-role');
    await expect(errorBanners(page)).toHaveCount(0);
    // Another visit, now that the app knows the roles: no report is asked for at all.
    reports.length = 0;
    await page.goto('/');
    await expect(page).toHaveURL(/\/helpdesk$/);
    await expect(page.getByTestId('reach-line').or(page.getByTestId('reach-none')).first()).toBeVisible();
    expect(reports).toEqual([]);
  });
}

for (const persona of OVERVIEW_HOMES) {
  test(`${persona} opens on the Overview, every page offered`, async ({ page }) => {
    await signIn(page, persona);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(menu(page).locator('[data-needs-role]')).toHaveCount(0);
    await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/, { timeout: 45_000 });
    await expect(errorBanners(page)).toHaveCount(0);
  });
}

test('an operator who reads the reports and acts on users opens where they were last', async ({ page }) => {
  await signIn(page, 'global-admin', '/retirement');
  await expect(page.getByRole('heading', { level: 1, name: 'SMS and voice retirement' })).toBeVisible();
  // The page is kept once the roles say this operator both reads and acts: they may come after the page.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('last-page')), { timeout: 15_000 })
    .toBe('/retirement');
  await page.goto('/');
  await expect(page).toHaveURL(/\/retirement$/);
  // The menu's "Overview" still opens the Overview.
  await menu(page)
    .getByRole('link', { name: /^Overview/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('a helpdesk agent who opens a report page reads one explanation, and the users they opened are listed', async ({
  page,
}) => {
  await signIn(page, 'helpdesk');
  await menu(page)
    .getByRole('link', { name: /^Usage/ })
    .click();
  await expect(page.getByTestId('reports-need-role')).toContainText(
    'Your roles (Authentication Administrator)',
  );
  await expect(errorBanners(page)).toHaveCount(0);
  await page.getByTestId('reports-need-role').getByRole('link', { name: 'helpdesk home' }).click();
  await expect(page.getByTestId('recent-users-empty')).toBeVisible();
  const search = page.getByRole('combobox', { name: 'Find a user' });
  await search.fill('adele');
  await page.getByTestId('user-search-option').first().click();
  await expect(page).toHaveURL(/\/users\//);
  const name = await page.getByRole('heading', { level: 1 }).textContent();
  await menu(page)
    .getByRole('link', { name: /^Helpdesk/ })
    .click();
  await expect(page.getByTestId('recent-user').first()).toContainText(name!.trim());
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [width, label] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    test(`screenshots of the helpdesk home and a marked menu (${label}, ${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await signIn(page, 'unit-helpdesk');
      await expect(page.getByTestId('reach-line').first()).toBeVisible();
      await expectNoHorizontalScroll(page);
      await page.screenshot({
        path: `${DIR}/helpdesk-${label}-${scheme}.png`,
        fullPage: true,
        animations: 'disabled',
      });
      if (label === 'phone') {
        await page.getByRole('button', { name: 'Open navigation' }).click();
        await expect(page.getByRole('link', { name: /^Usage/ }).last()).toBeVisible();
        await page.screenshot({ path: `${DIR}/menu-${label}-${scheme}.png`, animations: 'disabled' });
        await page.keyboard.press('Escape');
      }
      await page.goto('/usage');
      await expect(page.getByTestId('reports-need-role')).toBeVisible();
      await expectNoHorizontalScroll(page);
      await page.screenshot({
        path: `${DIR}/gate-${label}-${scheme}.png`,
        fullPage: true,
        animations: 'disabled',
      });
    });
  }
}
