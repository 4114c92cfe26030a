import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { HOSTILE_USERS } from '../../emulator/tenant/hostile-users.ts';
import { HOSTILE_NAMES } from '../../emulator/tenant/names.ts';
import { parseCsv } from '../support/csv.ts';
import { graphAs } from '../support/emulator.ts';
import { guardPage, type PageGuard } from '../support/page-guard.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';

/**
 * The seeded tenant ends with users hostile in every field (emulator/tenant/hostile-users.ts) and scatters more
 * hostile names, device names and failure reasons through it. Every page that shows them must keep them text:
 * no script runs (no dialog, no CSP violation), no page scrolls sideways, and the CSV export defuses formulas.
 */

interface UserRow {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

async function hostileUser(alias: string): Promise<UserRow> {
  const upn = `${alias}@contoso.onmicrosoft.com`;
  const filter = encodeURIComponent(`userPrincipalName eq '${upn.replace(/'/g, "''")}'`);
  const [user] = (
    await graphAs<{ value: UserRow[] }>(
      'global-admin',
      `/users?$filter=${filter}&$select=id,displayName,userPrincipalName`,
    )
  ).value;
  if (!user) throw new Error(`no hostile user ${upn}`);
  return user;
}

const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth - root.clientWidth;
  });

async function expectInert(page: Page, guard: PageGuard, where: string) {
  expect(await overflow(page), `${where}: horizontal scroll`).toBeLessThanOrEqual(0);
  expect(guard.dialogs, `${where}: dialogs`).toEqual([]);
  expect(guard.violations, `${where}: CSP violations`).toEqual([]);
  // Markup in the data stays text: none of it became an element.
  expect(await page.locator('img[src="x"], svg[onload], [onerror], [onmouseover]').count(), where).toBe(0);
}

test('hostile names, UPNs, devices and keys stay inert on the user page, at desktop and phone widths', async ({
  page,
}) => {
  const guard = await guardPage(page);
  await signIn(page, 'global-admin');
  for (const hostile of HOSTILE_USERS) {
    const user = await hostileUser(hostile.alias);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/users/${user.id}`);
      await expect(page.getByTestId('user-upn')).toHaveText(user.userPrincipalName);
      await expect(page.getByTestId('method').first()).toBeVisible();
      for (const name of hostile.deviceNames)
        await expect(
          page
            .getByTestId('method')
            .filter({ hasText: name.slice(0, 40) })
            .first(),
        ).toBeVisible();
      await expectInert(page, guard, `user page ${hostile.alias} at ${width}px`);
    }
    // The delete dialog names the key exactly, and stays inside the window too.
    await page
      .locator('[data-testid="method"][data-method-kind="fido2"]')
      .first()
      .getByTestId('delete-method')
      .click();
    await expect(page.getByRole('dialog')).toContainText(hostile.deviceNames[1].slice(0, 40));
    await expectInert(page, guard, `delete dialog ${hostile.alias}`);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  }
});

test('the registration list, its search and the top-bar search show hostile users as text', async ({
  page,
}) => {
  const guard = await guardPage(page);
  await signIn(page, 'global-admin');
  await expect(page.getByTestId('kpi-total-value')).toBeVisible();
  await expectInert(page, guard, 'overview');

  for (const hostile of HOSTILE_USERS) {
    const user = await hostileUser(hostile.alias);
    await page.goto(`/registration?q=${encodeURIComponent(hostile.alias)}`);
    const row = page.locator(`.MuiDataGrid-row[data-id="${user.id}"]`);
    await expect(row).toBeVisible();
    await expect(row).toContainText(user.userPrincipalName);
    await expectInert(page, guard, `registration list q=${hostile.alias}`);
  }
  // Display names that open with markup are found by their first characters, and listed as text.
  await page.goto(`/registration?q=${encodeURIComponent('<script>')}`);
  await expect(page.locator('.MuiDataGrid-row').first()).toContainText('<script>');
  await expectInert(page, guard, 'registration list q=<script>');

  const box = page.getByRole('combobox', { name: 'Search users' });
  await box.click();
  await box.pressSequentially('hostile', { delay: 30 });
  for (const hostile of HOSTILE_USERS)
    await expect(page.getByRole('option').filter({ hasText: `${hostile.alias}@` })).toBeVisible();
  await expectInert(page, guard, 'top-bar search');
  await page
    .getByRole('option')
    .filter({ hasText: `${HOSTILE_USERS[0]!.alias}@` })
    .click();
  await expect(page.getByTestId('user-upn')).toHaveText(`${HOSTILE_USERS[0]!.alias}@contoso.onmicrosoft.com`);
  await expectInert(page, guard, 'user page from search');
});

interface UsageEvent {
  userPrincipalName: string;
  failureReason: string | null;
}

/** The first failed event whose reason is markup or script, read from the emulator itself. */
async function hostileFailure(): Promise<UsageEvent> {
  let path: string | undefined =
    `/reports/authenticationMethods/userEventsSummary?$filter=${encodeURIComponent('isSuccess eq false')}`;
  while (path) {
    const page: { value: UsageEvent[]; '@odata.nextLink'?: string } = await graphAs(
      'global-admin',
      path,
      'beta',
    );
    // Markup, script, event handler or javascript: URL (the first four), not merely unusual text.
    const found = page.value.find((e) => HOSTILE_NAMES.slice(0, 4).includes(e.failureReason ?? ''));
    if (found) return found;
    const next = page['@odata.nextLink'];
    path = next ? new URL(next).pathname.replace(/^\/beta/, '') + new URL(next).search : undefined;
  }
  throw new Error('no failed event with a hostile reason');
}

test('hostile failure reasons on the Usage page stay text', async ({ page }) => {
  const event = await hostileFailure();
  const guard = await guardPage(page);
  const query = new URLSearchParams({ period: 'D30', outcome: 'failure', user: event.userPrincipalName });
  await signIn(page, 'global-admin', `/usage?${query}`);
  await expect(
    page
      .getByTestId('activity-row')
      .filter({ hasText: event.failureReason!.slice(0, 30) })
      .first(),
  ).toBeVisible();
  await expectInert(page, guard, 'usage');
  await page.setViewportSize({ width: 390, height: 900 });
  await expectInert(page, guard, 'usage at 390px');
});

test('CSV export neutralises spreadsheet formulas in hostile names and UPNs', async ({ page }) => {
  // Eight report reads and exports share Graph's per-app reports limit with the tests running beside this one:
  // the app waits the limit out, so this test must be allowed to wait too.
  test.setTimeout(180_000);
  const guard = await guardPage(page);
  await signIn(page, 'global-admin', '/registration');
  // Names starting with =, + and @ (HOSTILE_NAMES) and a UPN starting with - (HOSTILE_USERS).
  for (const start of ['=', '+', '@', '-hostile']) {
    await page.goto(`/registration?q=${encodeURIComponent(start)}`);
    await expect(page.locator('.MuiDataGrid-row').first()).toBeVisible({ timeout: 45_000 });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const [header, ...records] = parseCsv(readFileSync(await (await download).path(), 'utf8'));
    expect(header).toContain('userPrincipalName');
    expect(records.length, `rows for ${start}`).toBeGreaterThan(0);
    const column = header!.indexOf(start === '-hostile' ? 'userPrincipalName' : 'userDisplayName');
    for (const record of records) {
      expect(record[column]!.startsWith(`'${start}`), record[column]).toBe(true);
      for (const cell of record) expect(cell, `a cell of ${record[0]}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  }
  expect(guard.dialogs).toEqual([]);
});
