import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expectNoHorizontalScroll } from '../support/phone-shot.ts';
import { signIn } from '../support/sign-in.ts';
import { directoryUsers, isPersona } from '../support/tenant.ts';
import { expect, test } from '../support/test.ts';

// Every page at the two phone widths the issue names, in both schemes: nothing scrolls sideways, and each
// page is saved to be looked at.
const DIR = 'screenshots/phones';
mkdirSync(DIR, { recursive: true });

interface Shot {
  name: string;
  path: string;
  /** What shows once the page has its figures. */
  ready: (page: Page) => ReturnType<Page['getByTestId']>;
}

const PAGES: Shot[] = [
  { name: 'overview', path: '/', ready: (p) => p.getByTestId('kpi-mfaCapable-value') },
  { name: 'usage', path: '/usage', ready: (p) => p.getByRole('heading', { level: 1, name: 'Usage' }) },
  { name: 'users', path: '/registration', ready: (p) => p.getByRole('grid').getByRole('row').nth(1) },
  {
    name: 'privileged',
    path: '/privileged',
    ready: (p) => p.getByRole('heading', { name: 'Coverage by role tier' }),
  },
  {
    name: 'retirement',
    path: '/retirement',
    ready: (p) => p.getByTestId('cohort-mustRegisterPasskey-count'),
  },
  { name: 'hygiene', path: '/hygiene', ready: (p) => p.getByTestId('start-scan') },
  { name: 'helpdesk', path: '/helpdesk', ready: (p) => p.getByTestId('reach-line').first() },
];

for (const width of [320, 390]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every page at ${width} px (${scheme}) fits the screen`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await signIn(page, 'global-admin');
      for (const shot of PAGES) {
        await page.goto(shot.path);
        await expect(shot.ready(page), shot.name).toBeVisible({ timeout: 45_000 });
        await expect(page.getByTestId('rate-limit-notice'), shot.name).toHaveCount(0, { timeout: 45_000 });
        await expectNoHorizontalScroll(page);
        await page.screenshot({
          path: `${DIR}/${shot.name}-${width}-${scheme}.png`,
          fullPage: true,
          animations: 'disabled',
        });
      }
      const user = (await directoryUsers()).find((u) => !isPersona(u))!;
      await page.goto(`/users/${user.id}`);
      await expect(page.getByTestId('method').first()).toBeVisible();
      await expectNoHorizontalScroll(page);
      await page.screenshot({
        path: `${DIR}/user-${width}-${scheme}.png`,
        fullPage: true,
        animations: 'disabled',
      });
    });
  }
}
