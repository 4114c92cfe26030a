import { graphReader } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';
import { fourShots } from '../support/phone-shot.ts';

const DAY = 86_400_000;
const LOG_CELL = /^(used within 7\u00a0days|not within 7\u00a0days|—)$/;

test('hygiene sets each unused method beside the sign-in log: a method Graph has no date for shows in use, and its user signed in then', async ({
  page,
}) => {
  // A Global Reader reads the admins' methods and the sign-in log.
  await signIn(page, 'global-reader', '/hygiene');
  await page.getByTestId('start-scan').click();
  await expect(page.getByTestId('scan-progress')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  const stale = page.getByTestId('finding-stale');
  const started = Date.now();
  await stale.getByTestId('start-sign-in-scan').click();
  await expect(stale.getByTestId('start-sign-in-scan')).toHaveText(/read again/i, { timeout: 60_000 });

  const logCells = (table: string) =>
    page.getByTestId(table).getByTestId('finding-row').locator('td:last-child').allTextContents();
  for (const cell of await logCells('stale-table')) expect(cell).toMatch(LOG_CELL);
  // Methods Graph gives no last-used date for: the log shows some of them in use.
  const rows = page.getByTestId('unknown-table').getByTestId('finding-row');
  const cells = await logCells('unknown-table');
  for (const cell of cells) expect(cell).toMatch(LOG_CELL);
  const used = cells.findIndex((c) => c.startsWith('used'));
  expect(used).toBeGreaterThanOrEqual(0);
  // That user's own sign-ins in the window, from the emulator: there are some.
  const href = await rows.nth(used).getByTestId('finding-link').getAttribute('href');
  const userId = /\/users\/([^?]+)/.exec(href ?? '')?.[1];
  const lead = await graphReader('security-lead');
  const filter = `userId eq '${userId}' and createdDateTime ge ${new Date(started - 7 * DAY - 60_000).toISOString()}`;
  const theirs = await lead.get<{ value: unknown[] }>(
    `/auditLogs/signIns?$filter=${encodeURIComponent(filter)}`,
    'beta',
  );
  await lead.dispose();
  expect(theirs.value.length).toBeGreaterThan(0);
  await fourShots(page, 'hygiene-log-use', stale);
});
