import type { Page } from '@playwright/test';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';

/** Fills the app's record of report requests Graph still counts (5 per 10 s), as a busy page just did. */
async function spendReportsBudget(page: Page): Promise<void> {
  await page.evaluate(() => {
    const now = Date.now();
    localStorage.setItem('graph-pacer:reports', JSON.stringify([now, now, now, now, now]));
  });
}

test('every page whose report requests the pacer holds says so, in the same place, with how long', async ({
  page,
}) => {
  const throttled: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 429) throttled.push(new URL(r.url()).pathname);
  });
  await signIn(page, 'security-lead', '/usage');
  for (const path of ['/', '/usage', '/registration', '/privileged', '/retirement']) {
    // From a page that sends no report request: an answer still arriving would write the pacer's own window
    // over the spent one.
    await page.goto('/helpdesk');
    await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk' })).toBeVisible();
    await spendReportsBudget(page);
    await page.goto(path);
    const notice = page.getByTestId('rate-limit-notice');
    await expect(notice, path).toBeVisible();
    await expect(page.getByTestId('rate-limit-seconds'), path).toHaveText(/^about (10|[1-9]) s$/);
    // Above the page's title, wherever the page is.
    const line = await notice.boundingBox();
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(line!.y, path).toBeLessThan(title!.y);
  }
  await expect(page.getByTestId('rate-limit-notice')).toHaveCount(0, { timeout: 30_000 });
  expect(throttled).toEqual([]);
});
