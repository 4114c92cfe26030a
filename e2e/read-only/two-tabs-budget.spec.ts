import type { Page } from '@playwright/test';
import { signIn } from '../support/sign-in.ts';
import { expect, test, useAppRegistration } from '../support/test.ts';

/**
 * Graph's reports limit is per app and tenant (5 per 10 s, docs/graph-notes.md §8.3), not per tab: a second tab
 * opening the Overview right after the first spent the budget must wait for it too, not meet 429s.
 */
test('two tabs opening the Overview one after the other share the reports budget: no request gets a 429', async ({
  page,
  context,
  appId,
}) => {
  const throttled: string[] = [];
  const watch = (tab: Page) =>
    tab.on('response', (r) => {
      if (r.status() === 429) throttled.push(new URL(r.url()).pathname);
    });
  watch(page);
  // From a page that sends no report request; MSAL's cache is per tab, so each tab signs in.
  await signIn(page, 'security-lead', '/helpdesk');
  const second = await context.newPage();
  // The same app registration as the first tab (the fixture gives each test its own).
  await useAppRegistration(second, appId);
  watch(second);
  await signIn(second, 'security-lead', '/helpdesk');

  await page.goto('/');
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/, { timeout: 45_000 });
  await second.goto('/');
  await expect(second.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/, { timeout: 45_000 });
  for (const tab of [page, second])
    await expect(tab.getByLabel('Reading the registration report')).toHaveCount(0, { timeout: 45_000 });
  await second.waitForLoadState('networkidle');
  expect(throttled).toEqual([]);
});
