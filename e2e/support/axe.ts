import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** No serious or critical accessibility violation on the page as it stands. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // Contrast is judged on the colours an element settles on. A control that turns enabled while axe runs (the
  // history card's buttons once IndexedDB answers) would otherwise be measured half-way through its 250 ms
  // colour transition and misreported, so transitions end at once for the check. The emulator's own pages refuse
  // inline styles (their CSP): they have no transitions to stop.
  await page
    .addStyleTag({
      content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
    })
    .catch(() => undefined);
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}
