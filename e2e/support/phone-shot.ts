import type { Locator, Page } from '@playwright/test';
import { expect } from './test.ts';

/** The page must not scroll sideways: a clipped or overflowing element is a bug. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * The page as a phone (390 px) in the dark scheme sees it: `shown` must still be visible, nothing may scroll
 * sideways, and the full page is saved to `path` to be looked at.
 */
export async function phoneDarkShot(page: Page, shown: Locator, path: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(shown).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
}
