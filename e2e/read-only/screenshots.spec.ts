import { mkdirSync } from 'node:fs';
import { expect, test } from '../support/test.ts';
import { revokeConsent, throttleFeatureSummary } from '../support/emulator.ts';
import { expectNoHorizontalScroll } from '../support/phone-shot.ts';
import { signIn } from '../support/sign-in.ts';

// Pictures of every page in both schemes, for a person to look at; also fails on horizontal overflow.
const DIR = 'screenshots';
mkdirSync(DIR, { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page.screenshot({ path: `${DIR}/sign-in-${scheme}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to the demo tenant' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/persona-page-${scheme}.png`, fullPage: true });
    await page.goto('/');
    await signIn(page, 'security-lead');
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    // The strength scan comes later, at the reports' pace: picture the finished page.
    await expect(page.getByLabel('Reading the registration report')).toHaveCount(0, { timeout: 45_000 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/overview-${scheme}.png`, fullPage: true });
    await page.getByRole('button', { name: /^Account:/ }).click();
    await expect(page.getByTestId('account-roles')).toBeVisible();
    // The panel's second list (scoped and custom roles) arrives a moment later: picture it settled, not fading in.
    await expect(
      page.getByTestId('account-assigned-roles').or(page.getByTestId('account-assignments-unknown')),
    ).toBeVisible();
    await page.screenshot({ path: `${DIR}/account-menu-${scheme}.png`, animations: 'disabled' });
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/overview-mobile-${scheme}.png`, fullPage: true });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot of the rate-limit notice (${scheme})`, async ({ page, appId }) => {
    // Still waiting when the test ends: the notice must not go while its lines are measured.
    await throttleFeatureSummary(appId, 20);
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, 'security-lead');
    const notice = page.getByTestId('rate-limit-notice');
    await expect(notice).toBeVisible();
    await page.screenshot({ path: `${DIR}/rate-limit-notice-${scheme}.png` });
    // Its line is kept blank when nothing waits; wrapped, it would move the page below. Windows of 900-1,050 px
    // squeezed the header's introduction beside its controls, and the notice grew three lines tall.
    for (const width of [1100, 1000, 950, 900, 600, 320]) {
      await page.setViewportSize({ width, height: 640 });
      await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
      expect((await notice.boundingBox())?.height, `at ${width} px`).toBeLessThan(24);
    }
    await page.screenshot({ path: `${DIR}/rate-limit-notice-phone-${scheme}.png` });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the posture lenses (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, 'security-lead', '/privileged?tier=globalAdmin&strength=all');
    await expect(page.getByTestId('admin-table')).toBeVisible({ timeout: 45_000 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/privileged-${scheme}.png`, fullPage: true });
    await page.goto('/retirement?cohort=mustRegisterPasskey');
    await expect(page.getByTestId('cohort-table')).toBeVisible({ timeout: 45_000 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/retirement-${scheme}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/retirement-mobile-${scheme}.png`, fullPage: true });
    await page.goto('/privileged');
    await expect(page.getByTestId('admin-table')).toBeVisible({ timeout: 45_000 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/privileged-mobile-${scheme}.png`, fullPage: true });
  });
}

// The Overview with exclusions from a shared link: the reasons must read well above every chart.
for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of exclusions (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const params = new URLSearchParams();
    params.set('exGuests', 'Guests are governed by their home tenant');
    params.set('exDisabled', 'Disabled accounts cannot sign in');
    params.append(
      'exAccount',
      'breakglass@contoso.onmicrosoft.com|Break-glass account: FIDO2 keys in the safe, reviewed monthly',
    );
    await signIn(page, 'security-lead', `/?${params.toString()}`);
    await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/, { timeout: 45_000 });
    await expect(page.getByLabel('Reading the registration report')).toHaveCount(0, { timeout: 45_000 });
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/overview-exclusions-${scheme}.png`, fullPage: true });
    await page.getByRole('button', { name: /^Exclusions/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.evaluate(() =>
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
    );
    await page.screenshot({ path: `${DIR}/exclusions-dialog-${scheme}.png` });
    await page.keyboard.press('Escape');
    if (scheme === 'dark') {
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: `${DIR}/overview-exclusions-mobile-${scheme}.png`, fullPage: true });
    }
    // The lenses under the same exclusions (their trends with a month of history: lens-history.spec.ts).
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const lens of ['privileged', 'retirement'] as const) {
      await page.goto(`/${lens}?${params.toString()}`);
      await expect(
        page.getByTestId(lens === 'privileged' ? 'privileged-headline' : 'cohort-noPhoneToLose'),
      ).toBeVisible({
        timeout: 45_000,
      });
      await expect(page.getByTestId('exclusion-line').first()).toBeVisible();
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: `${DIR}/${lens}-exclusions-${scheme}.png`, fullPage: true });
    }
  });
}

// The prompt when a permission lacks consent: for an operator who cannot grant it, the link for an
// administrator; for one who may, Entra's consent page in the popup it opens.
for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the consent prompts (${scheme})`, async ({ page, appId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await revokeConsent(appId, ['AuditLog.Read.All'], 'omit');
    await signIn(page, 'security-lead', '/registration');
    const askAdmin = page.getByTestId('session-challenge').first();
    await expect(askAdmin).toContainText('An administrator must grant AuditLog.Read.All', {
      timeout: 45_000,
    });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/consent-admin-needed-${scheme}.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/consent-admin-needed-phone-${scheme}.png` });
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await signIn(page, 'global-admin', '/registration');
    const prompt = page.getByTestId('session-challenge').first();
    await expect(prompt).toContainText('AuditLog.Read.All', { timeout: 45_000 });
    await page.screenshot({ path: `${DIR}/consent-prompt-${scheme}.png` });
    const popup = page.waitForEvent('popup');
    await prompt.getByRole('button', { name: 'Grant access' }).click();
    const window = await popup;
    await window.emulateMedia({ colorScheme: scheme });
    await expect(window.getByRole('heading', { name: 'Permissions requested' })).toBeVisible();
    await expect(window.getByText('on behalf of your organisation')).toBeVisible();
    await window.screenshot({ path: `${DIR}/consent-page-${scheme}.png` });
    await window.locator('button[data-consent="accept"]').click();
    await expect(prompt).toBeHidden({ timeout: 30_000 });
    await expect(page.locator('.MuiDataGrid-row').first()).toBeVisible({ timeout: 45_000 });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`hygiene screenshots (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, 'privileged-helpdesk', '/hygiene');
    await page.getByTestId('start-scan').click();
    await expect(page.getByTestId('scan-progress')).toHaveAttribute('data-status', 'done', {
      timeout: 45_000,
    });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/hygiene-${scheme}.png`, fullPage: true });
    // The preview only: nothing is deleted.
    const rows = page.getByTestId('stale-table').getByTestId('finding-row');
    for (let i = 0; i < 3; i++) await rows.nth(i).getByRole('checkbox').check();
    await page.getByTestId('review-cleanup').click();
    await expect(page.getByTestId('cleanup-summary')).toBeVisible();
    await page.screenshot({ path: `${DIR}/hygiene-preview-${scheme}.png`, animations: 'disabled' });
    await page.getByTestId('cleanup-close').click();
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: `${DIR}/hygiene-mobile-${scheme}.png`, fullPage: true });
  });
}
