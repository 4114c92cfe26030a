import type { UserRegistrationFeatureSummary } from '@microsoft/microsoft-graph-types-beta';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import {
  addMobilePhone,
  control,
  openOverviewAndSnapshot,
  setClocks,
  storedSnapshots,
} from '../support/clock.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { graphAs } from '../support/emulator.ts';
import { allRegistrationRows } from '../support/registration-rows.ts';

/**
 * A month of history made with the clock: the emulator's clock and the browser's move together (MSAL
 * checks token times against the browser's), the tenant changes a little each day, and the Overview
 * takes the day's snapshot. Runs in the `clock` project, after every other spec: the emulator's clock
 * and tenant are shared, and both are reset at the end.
 */
const DAYS = 30;
const FIRST_DAY = Date.UTC(2027, 0, 4, 9, 0, 0);
const DAY_MS = 86_400_000;

/** A mobile number of its own for the n-th phone this spec adds. */
const addPhone = (userId: string, n: number) =>
  addMobilePhone(userId, `+1 206555${String(1000 + n).slice(-4)}`);

/** What Graph reports for the whole tenant that day, in the snapshot's shape. */
async function featureSummary(): Promise<Record<string, number>> {
  const summary = await graphAs<UserRegistrationFeatureSummary>(
    'security-lead',
    "/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='all',includedUserRoles='all')",
  );
  return {
    total: Number(summary.totalUserCount),
    ...Object.fromEntries(
      (summary.userRegistrationFeatureCounts ?? []).map((c) => [c.feature, Number(c.userCount)]),
    ),
  };
}

/** Reads the last 7 days' sign-ins on the Overview and waits for the day's snapshot to gain their counts. */
async function readSignInsIntoSnapshot(page: Page, day: string) {
  const card = page.getByRole('region', { name: 'Registered and used' });
  await card.getByTestId('start-sign-in-scan').click();
  await expect(card.getByTestId('sign-in-scan')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect
    .poll(async () => (await storedSnapshots(page)).find((s) => s.day === day)?.sections.usedForMfa7d?.total)
    .toBeGreaterThan(0);
}

test.afterAll(async () => {
  await control('clock', {});
  await control('reset');
});

test('a month of history: one snapshot a day, the trend, export, clear, import, hostile files', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  const rows = await allRegistrationRows();
  // Members who cannot do MFA yet: a phone a day moves the figures.
  const targets = rows.filter((r) => r.userType === 'member' && !r.isAdmin && !r.isMfaCapable);
  expect(targets.length).toBeGreaterThanOrEqual(DAYS);
  // A few users a day, so the month's trend is visible in the pictures as well as in the numbers.
  const perDay = Math.min(3, Math.floor(targets.length / DAYS));

  await setClocks(page, FIRST_DAY);
  const truth = new Map<string, Record<string, number>>();
  for (let i = 0; i < DAYS; i++) {
    const at = FIRST_DAY + i * DAY_MS + (i % 3) * 3_600_000;
    await setClocks(page, at);
    for (let k = 0; i > 0 && k < perDay; k++) await addPhone(targets[i * perDay + k]!.id, i * perDay + k);
    truth.set(new Date(at).toISOString().slice(0, 10), await featureSummary());
    await openOverviewAndSnapshot(page);
    // On the last two days the sign-in log is read in full too: those days gain the used-for-MFA section.
    if (i >= DAYS - 2) await readSignInsIntoSnapshot(page, new Date(at).toISOString().slice(0, 10));
  }

  // The figures moved over the month, so the trend is not a flat line by accident.
  const days = [...truth.keys()];
  const mfa = (day: string | undefined) => Number(truth.get(day ?? '')?.mfaCapable);
  expect(mfa(days.at(-1))).toBeGreaterThan(mfa(days[0]));

  const adoption = page.getByTestId('trend-adoption');
  await expect(adoption).toHaveAttribute('data-points', String(DAYS));
  await expect(adoption.locator('.recharts-line-dot')).toHaveCount(DAYS * 3);
  await expect(page.getByTestId('trend-strength')).toHaveAttribute('data-points', String(DAYS));
  // Only the two days whose log was read have the used-for-MFA section; the chart draws them among gaps.
  const usedForMfa = page.getByTestId('trend-used-for-mfa');
  await expect(usedForMfa).toHaveAttribute('data-points', String(DAYS));
  await expect(usedForMfa.locator('.recharts-line-dot')).toHaveCount(2 * 7);
  const stored = (await storedSnapshots(page)).sort((a, b) => a.day.localeCompare(b.day));
  expect(stored.map((s) => s.day)).toEqual(days);
  for (const s of stored) expect(s.sections.features, s.day).toEqual(truth.get(s.day));
  await expectNoSeriousA11yViolations(page);

  // Export, clear, import: the month comes back.
  const history = page.getByRole('region', { name: 'Adoption history' });
  const downloading = page.waitForEvent('download');
  await history.getByRole('button', { name: 'Export' }).click();
  const file = testInfo.outputPath('history.json');
  await (await downloading).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { snapshots: unknown[]; tenantId: string };
  expect(exported.snapshots).toHaveLength(DAYS);

  await history.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear history' }).click();
  await expect(history.getByText('No history yet')).toBeVisible();
  await expect(history).toContainText('import a team member');

  await page.getByTestId('history-file-input').setInputFiles(file);
  await expect(page.getByTestId('history-import-result')).toContainText(`Imported ${DAYS} new days`);
  await expect(adoption).toHaveAttribute('data-points', String(DAYS));
  expect((await storedSnapshots(page)).length).toBe(DAYS);

  // Importing the same file again adds nothing.
  await page.getByTestId('history-file-input').setInputFiles(file);
  await expect(page.getByTestId('history-import-result')).toContainText(`${DAYS} days were already here`);

  // A file that is not ours is refused as a whole, with the reason.
  await page.getByTestId('history-file-input').setInputFiles({
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"__proto__":{"polluted":1},"format":"something else"'),
  });
  await expect(page.getByTestId('history-import-result')).toContainText(
    'Nothing was imported: The file is not JSON.',
  );
  // Our format with hostile snapshots: the bad ones are skipped, each with its reason.
  const good = exported.snapshots[0] as { day: string };
  const hostile = {
    format: 'entra-auth-methods-dashboard.history',
    version: 1,
    tenantId: exported.tenantId,
    snapshots: [
      { ...good, day: '2027-02-30' },
      { ...good, sections: { features: { total: '<img src=x onerror=window.__pwned=1>' } } },
      { ...good, sections: JSON.parse('{"__proto__":{"total":1}}') as unknown },
      'x'.repeat(1000),
    ],
  };
  await page.getByTestId('history-file-input').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  const result = page.getByTestId('history-import-result');
  await expect(result).toContainText('4 skipped');
  await expect(result).toContainText('day is not a YYYY-MM-DD date');
  await expect(result).toContainText('features.total is not a count');
  await expect(result).toContainText('a section name is invalid');
  await expect(result).toContainText('not an object');
  await expect(adoption).toHaveAttribute('data-points', String(DAYS));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');

  // Pictures of the Overview with a month of history, for a person to look at (screenshots.spec.ts has the rest).
  await page.getByTestId('history-import-result').getByRole('button', { name: 'Close' }).click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // No tooltip under the pointer, and the page from its top (a scrolled full-page picture repeats the app bar).
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `screenshots/overview-history-${scheme}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'screenshots/overview-history-mobile-dark.png', fullPage: true });
});
