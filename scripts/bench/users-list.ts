// Row 5: the users list on a 100k tenant: first rows, a search, and how many rows the DOM holds while scrolling.
import type { Browser, Page } from '@playwright/test';
import { freshAppPage, median, QUIET_PAGE, signIn, type AppServer } from './browser-kit.ts';

const ROWS = '.MuiDataGrid-row[data-id]';
const SEARCH = 'Ma';

export interface UsersListResult {
  /** Clicking "Users" in the signed-in shell: the route chunk, one report page, the grid. */
  inAppRowsMs: number;
  /** Loading /registration afresh: the shell and MSAL start over too. */
  firstRowsMs: number;
  searchMs: number;
  maxDomRows: number;
  pageSize: number;
}

/** From navigation start to the first rows, in the page's own clock. */
async function firstRows(page: Page): Promise<number> {
  await page.goto('/registration');
  const handle = await page.waitForFunction(
    (sel) => (document.querySelector(sel) ? performance.now() : 0),
    ROWS,
    {
      polling: 'raf',
      timeout: 60_000,
    },
  );
  return (await handle.jsonValue()) as number;
}

/** From the click on the shell's "Users" link to the first rows. */
async function inAppRows(page: Page): Promise<number> {
  const started = Date.now();
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await page.locator(ROWS).first().waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

/** From the keystrokes to a grid whose every row starts with the search (debounce included: it is what a user waits). */
async function search(page: Page, text: string): Promise<number> {
  const box = page.getByLabel('Name or UPN starts with');
  await box.fill('');
  const started = Date.now();
  await box.fill(text);
  await page.waitForFunction(
    ({ sel, prefix }) => {
      const rows = [...document.querySelectorAll(sel)];
      return (
        rows.length > 0 &&
        rows.every((r) =>
          ['userDisplayName', 'userPrincipalName'].some((f) =>
            (r.querySelector(`[data-field="${f}"]`)?.textContent ?? '').toLowerCase().startsWith(prefix),
          ),
        )
      );
    },
    { sel: ROWS, prefix: text.toLowerCase() },
    { polling: 'raf', timeout: 60_000 },
  );
  return Date.now() - started;
}

/** Scrolls the grid top to bottom on a few pages, counting the rows in the DOM at each step. */
async function maxDomRows(page: Page): Promise<number> {
  let max = 0;
  for (let p = 0; p < 3; p++) {
    const scroller = page.locator('.MuiDataGrid-virtualScroller');
    for (let step = 0; step <= 10; step++) {
      await scroller.evaluate((el, f) => el.scrollTo({ top: el.scrollHeight * f }), step / 10);
      await page.waitForTimeout(50);
      max = Math.max(max, await page.locator('.MuiDataGrid-row').count());
    }
    const next = page.getByRole('button', { name: 'Go to next page' });
    const first = await page.locator(ROWS).first().getAttribute('data-id');
    await next.click();
    await page.waitForFunction(({ sel, id }) => document.querySelector(sel)?.getAttribute('data-id') !== id, {
      sel: ROWS,
      id: first,
    });
  }
  return max;
}

export async function measureUsersList(
  browser: Browser,
  server: AppServer,
  runs = 5,
): Promise<UsersListResult> {
  const inApps: number[] = [];
  const firsts: number[] = [];
  const searches: number[] = [];
  let rows = 0;
  for (let i = 0; i <= runs; i++) {
    // A fresh app each time: Graph's reports budget per app would otherwise pace the later runs.
    const { context, page } = await freshAppPage(browser, server.appUrl);
    await signIn(page, 'security-lead', QUIET_PAGE);
    const inApp = await inAppRows(page);
    const first = await firstRows(page);
    const searched = await search(page, SEARCH);
    if (i > 0) {
      // The first run warms the emulator's report rows.
      inApps.push(inApp);
      firsts.push(first);
      searches.push(searched);
    }
    if (i === runs) {
      await page.getByLabel('Name or UPN starts with').fill('');
      await page.waitForURL((url) => !url.search.includes('q='));
      rows = await maxDomRows(page);
    }
    await context.close();
  }
  return {
    inAppRowsMs: median(inApps),
    firstRowsMs: median(firsts),
    searchMs: median(searches),
    maxDomRows: rows,
    pageSize: 50,
  };
}
