import type { Page, Request } from '@playwright/test';
import { setEmulatorOptions } from '../support/emulator.ts';
import { phoneDarkShot } from '../support/phone-shot.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';

/**
 * The retired credential reports (docs/graph-notes.md §3.10) in every form their retirement may take: the Usage page
 * reads only their replacements, whatever the retired ones answer, and each retired report's panel says what
 * Graph answered. Reports.Read.All is asked for only when a panel asks Graph. Changes an emulator-wide switch, so
 * it runs with the specs that change the emulator, and puts the default back.
 */

const FORMS = ['segmentNotFound', 'notFound', 'empty', 'serve'] as const;
const ANSWER: Record<(typeof FORMS)[number], { form: string; text: RegExp }> = {
  segmentNotFound: { form: 'segmentNotFound', text: /Graph no longer knows this report: it answered 400/ },
  notFound: { form: 'notFound', text: /Graph answered 404/ },
  empty: { form: 'empty', text: /no rows/ },
  serve: { form: 'served', text: /Graph still answered with [\d,]+ rows/ },
};

/** Scopes the app asked the authority for: authorize URLs and token request bodies. */
function scopesAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('/authorize')) asked.push(url.searchParams.get('scope') ?? '');
    if (url.pathname.endsWith('/token') && r.method() === 'POST')
      asked.push(new URLSearchParams(r.postData() ?? '').get('scope') ?? '');
  });
  return asked;
}

// One switch for the whole emulator: one form at a time.
test.describe.configure({ mode: 'serial' });
test.afterAll(() => setEmulatorOptions({ legacyReports: 'segmentNotFound' }));

const RETIRED_PATH = /\/reports\/(getCredential|userCredentialUsageDetails|credentialUserRegistration)/;

test('the Overview asks no retired report, and no Reports.Read.All', async ({ page }) => {
  const asked = scopesAsked(page);
  const retiredCalls: string[] = [];
  page.on('request', (r) => RETIRED_PATH.test(r.url()) && retiredCalls.push(r.url()));
  await signIn(page, 'security-lead');
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/);
  await expect(page.getByLabel('Reading the registration report')).toHaveCount(0, { timeout: 45_000 });
  await page.waitForLoadState('networkidle');
  expect(retiredCalls).toEqual([]);
  expect(asked.some((s) => s.includes('Reports.Read.All'))).toBe(false);
});

for (const form of FORMS) {
  test(`the Usage page works while the retired reports answer "${form}"`, async ({ page }) => {
    await setEmulatorOptions({ legacyReports: form });
    const asked = scopesAsked(page);
    const retiredCalls: string[] = [];
    page.on('request', (r) => RETIRED_PATH.test(r.url()) && retiredCalls.push(r.url()));
    await signIn(page, 'security-lead', '/usage?period=D30');
    await expect(page.getByText('from userRegistrationActivity')).toBeVisible();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByTestId('activity-row').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(retiredCalls).toEqual([]);
    expect(asked.some((s) => s.includes('Reports.Read.All'))).toBe(false);

    const panel = page.getByTestId('retired-report-userCredentialUsageDetails');
    await expect(panel).toContainText('stopped returning data on August 1, 2025');
    await panel.getByTestId('retired-ask').click();
    const answer = panel.getByTestId('retired-answer');
    await expect(answer).toHaveAttribute('data-form', ANSWER[form].form);
    await expect(answer).toHaveText(ANSWER[form].text);
    expect(retiredCalls).toHaveLength(1);
    expect(asked.some((s) => s.includes('Reports.Read.All'))).toBe(true);

    if (form === 'segmentNotFound') {
      await page.screenshot({ path: 'screenshots/retired-reports-light.png', fullPage: true });
      await phoneDarkShot(page, answer, 'screenshots/retired-reports-phone-dark.png');
    }
  });
}
