import { mkdirSync } from 'node:fs';
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

/**
 * `shown` (or the page) light and dark, at a desk (1280 px) and on a phone (390 px), saved as
 * `screenshots/<name>-<desktop|mobile>-<light|dark>.png`: nothing may scroll sideways in any of the four.
 */
export async function fourShots(page: Page, name: string, shown?: Locator): Promise<void> {
  mkdirSync('screenshots', { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, device] of [
      [1280, 'desktop'],
      [390, 'mobile'],
    ] as const) {
      await page.setViewportSize({ width, height: shown ? 844 : 1400 });
      await shown?.scrollIntoViewIfNeeded();
      await expectNoHorizontalScroll(page);
      const path = `screenshots/${name}-${device}-${scheme}.png`;
      await (shown ? shown.screenshot({ path }) : page.screenshot({ path }));
    }
  }
}
