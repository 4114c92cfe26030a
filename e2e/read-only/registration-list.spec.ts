import { mkdirSync, readFileSync } from 'node:fs';
import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { graphAs } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { parseCsv } from '../support/csv.ts';

// The list's page size (DEFAULT_PAGE_SIZE in src/features/users/api/prefetch-registration-list.ts).
const PAGE_SIZE = 50;
const REPORT = '/reports/authenticationMethods/userRegistrationDetails';

interface ReportPage {
  value: UserRegistrationDetails[];
  '@odata.nextLink'?: string;
}

const firstPage = (filter: string, top: number) =>
  graphAs<ReportPage>('security-lead', `${REPORT}?$filter=${encodeURIComponent(filter)}&$top=${top}`);

/** graphAs takes a path under /v1.0; a nextLink is absolute. */
const followLink = (nextLink: string) => {
  const url = new URL(nextLink);
  return graphAs<ReportPage>('security-lead', url.pathname.replace(/^\/v1\.0/, '') + url.search);
};

async function allRows(filter: string): Promise<UserRegistrationDetails[]> {
  let page = await firstPage(filter, 999);
  const rows = [...page.value];
  while (page['@odata.nextLink']) {
    page = await followLink(page['@odata.nextLink']);
    rows.push(...page.value);
  }
  return rows;
}

// Records without the header row.
const csvRecords = (text: string) => parseCsv(text).slice(1);

const gridRowIds = (page: Page) =>
  page.locator('.MuiDataGrid-row[data-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));

test.use({ viewport: { width: 1440, height: 2600 } }); // tall enough for the grid to draw a whole page

test('an Overview tile opens the MFA-capable users, paged by Graph', async ({ page }) => {
  const expected = await firstPage('isMfaCapable eq true', PAGE_SIZE);
  expect(expected['@odata.nextLink']).toBeTruthy();
  const second = await followLink(expected['@odata.nextLink'] as string);

  await signIn(page, 'security-lead');
  await page.getByTestId('kpi-mfaCapable').getByRole('link', { name: 'Show users (MFA capable)' }).click();
  await expect(page).toHaveURL(/\/registration\?mfaCapable=true$/);
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'MFA capable' })).toHaveText('Yes');

  // The first page is exactly Graph's first page for the same filter and size, all MFA capable.
  await expect.poll(() => gridRowIds(page)).toEqual(expected.value.map((r) => r.id));
  const mfaCells = page.locator('.MuiDataGrid-row [data-field="isMfaCapable"]');
  await expect(mfaCells).toHaveCount(PAGE_SIZE);
  expect(new Set(await mfaCells.allTextContents())).toEqual(new Set(['Yes']));

  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect.poll(() => gridRowIds(page)).toEqual(second.value.map((r) => r.id));
  await page.getByRole('button', { name: 'Go to previous page' }).click();
  await expect.poll(() => gridRowIds(page)).toEqual(expected.value.map((r) => r.id));

  // Each row leads to the user's page.
  const firstId = expected.value[0]?.id as string;
  await expect(
    page.locator(`.MuiDataGrid-row[data-id="${firstId}"] [data-field="userDisplayName"] a`),
  ).toHaveAttribute('href', `/users/${firstId}`);
  await expectNoSeriousA11yViolations(page);
});

test('a bar of the users-per-method chart opens the users with that method', async ({ page }) => {
  await signIn(page, 'security-lead');
  await page
    .getByRole('region', { name: 'Users per method' })
    .locator('.recharts-bar-rectangle')
    .first()
    .click();
  await expect(page).toHaveURL(/\/registration\?method=\w+$/);
  const method = new URL(page.url()).searchParams.get('method') as string;
  const expected = await firstPage(`methodsRegistered/any(x:x eq '${method}')`, PAGE_SIZE);
  await expect.poll(() => gridRowIds(page)).toEqual(expected.value.map((r) => r.id));
  await expect(page.getByRole('combobox', { name: 'Has method' })).not.toHaveText('Any');

  // The table view links the same way.
  await page.goto('/');
  await page.getByRole('button', { name: 'Table' }).click();
  await page.locator('tr[data-method="email"] a').click();
  await expect(page).toHaveURL(/\/registration\?method=email$/);
});

test('filters live in the URL, an empty result offers to clear them, and the CSV holds every match', async ({
  page,
}) => {
  await signIn(page, 'security-lead');
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await expect(page).toHaveURL(/\/registration$/);

  await page.getByRole('combobox', { name: 'Admin' }).click();
  await page.getByRole('option', { name: 'Yes' }).click();
  await expect(page).toHaveURL(/\/registration\?admin=true$/);
  const admins = await allRows('isAdmin eq true');
  await expect.poll(() => gridRowIds(page)).toEqual(admins.slice(0, PAGE_SIZE).map((r) => r.id));

  // Sorting is Graph's too, and shareable.
  await page.getByRole('columnheader', { name: 'User principal name' }).click();
  await expect(page).toHaveURL(/admin=true&sort=userPrincipalName$/);

  const downloadEvent = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/^user-registration-details-\d{4}-\d{2}-\d{2}\.csv$/);
  const records = csvRecords(readFileSync(await download.path(), 'utf8'));
  expect(records).toHaveLength(admins.length);
  expect(new Set(records.map((r) => r[0]))).toEqual(new Set(admins.map((r) => r.id)));

  await page.getByLabel('Name or UPN starts with').fill("zz'no-such-user");
  await expect(page).toHaveURL(/q=zz%27no-such-user/);
  await expect(page.getByText('No users match these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
  await expect(page).toHaveURL(/\/registration\?sort=userPrincipalName$/);
  await expect(page.getByLabel('Name or UPN starts with')).toHaveValue('');
  // The grid's rows are back and its loading bar gone: the check is of the page, not of a reload half done.
  await expect(page.locator('.MuiDataGrid-row').first()).toBeVisible();
  await expect(page.locator('.MuiDataGrid-root .MuiLinearProgress-root')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot of the users list (${scheme})`, async ({ page }) => {
    mkdirSync('screenshots', { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, 'security-lead');
    await expect(page.getByTestId('kpi-mfaCapable-value')).toBeVisible();
    await page.screenshot({ path: `screenshots/overview-links-${scheme}.png`, fullPage: true });
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await expect(page.locator('.MuiDataGrid-row').first()).toBeVisible();
    // The Overview counted the users: the pager says how many, not "more than 50".
    await expect(page.locator('.MuiTablePagination-displayedRows')).toHaveText(/^1–50 of [\d,]+$/);
    // At 1,440 px the SSPR columns are in view without scrolling the grid sideways.
    const grid = (await page.locator('.MuiDataGrid-virtualScroller').boundingBox())!;
    const sspr = (await page.getByRole('columnheader', { name: /SSPR capable/ }).boundingBox())!;
    expect(sspr.x + sspr.width).toBeLessThanOrEqual(grid.x + grid.width);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `screenshots/registration-list-${scheme}.png`, fullPage: true });
    // The columns past the fold: method lists and dates, scrolled inside the grid.
    await page
      .locator('.MuiDataGrid-virtualScroller')
      .evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await page.screenshot({ path: `screenshots/registration-list-right-${scheme}.png`, fullPage: true });

    // Hostile names (markup, bidi overrides, a 5,000-character name) must stay in their cells.
    // A reload forgets the client's pacer while the Overview's report calls still fill Graph's window.
    await page.goto('/registration?q=Wo&sort=userDisplayName');
    await expect(page.locator('.MuiDataGrid-row[data-id]').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.MuiDataGrid-row[data-id]').filter({ hasText: 'Wolfeschlegel' })).toHaveCount(
      1,
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `screenshots/registration-list-hostile-${scheme}.png`, fullPage: true });
  });
}
