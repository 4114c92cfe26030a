import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';

/**
 * Graph counts an app's report requests over the last 10 seconds whether or not the page reloaded (5 per 10 s,
 * docs/graph-notes.md §8.3). A reload right after a busy page must wait for that budget, not meet 429s.
 */
test('a reload right after the Overview spent the reports budget sends no request that gets a 429', async ({
  page,
}) => {
  const throttled: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 429) throttled.push(new URL(r.url()).pathname);
  });
  await signIn(page, 'security-lead');
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/, { timeout: 45_000 });
  await page.reload();
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/, { timeout: 45_000 });
  await expect(page.getByLabel('Reading the registration report')).toHaveCount(0, { timeout: 45_000 });
  await page.waitForLoadState('networkidle');
  expect(throttled).toEqual([]);
});
