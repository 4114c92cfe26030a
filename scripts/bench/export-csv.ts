// Row 3: the whole registration report to CSV through the app's Export button, under Graph's reports limit.
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { freshAppPage, QUIET_PAGE, signIn, type AppServer } from './browser-kit.ts';
import { watchPacedRun, type PacedRunCost } from './paced-run-watch.ts';

export interface ExportResult extends PacedRunCost {
  ms: number;
  rows: number;
  throttleBoundMs: number;
  /** One progress line as shown part-way, with the time that was really left then. */
  etaSample?: { text: string; actualLeftMs: number };
}

const REPORT_PAGE = /\/reports\/authenticationMethods\/userRegistrationDetails\?.*top=999/;

export async function measureExport(browser: Browser, server: AppServer): Promise<ExportResult> {
  const { context, page } = await freshAppPage(browser, server.appUrl);
  await signIn(page, 'security-lead', QUIET_PAGE);
  await page.goto('/registration');
  await page.locator('.MuiDataGrid-row[data-id]').first().waitFor({ timeout: 60_000 });

  const progress: { at: number; text: string }[] = [];
  const watch = await watchPacedRun(context, page, server.emulatorUrl, REPORT_PAGE, async () => {
    const text = await page
      .getByTestId('export-progress')
      .getByRole('status')
      .textContent({ timeout: 50 })
      .catch(() => null);
    if (text) progress.push({ at: Date.now(), text });
  });
  const started = Date.now();
  const download = page.waitForEvent('download', { timeout: 10 * 60_000 });
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const ms = Date.now() - started;
  const cost = await watch.finish();

  const rows = readFileSync(file, 'utf8').split('\r\n').filter(Boolean).length - 1;
  await context.close();
  const quarter = progress.find((p) => p.at - started >= ms / 4 && /left/.test(p.text));
  return {
    ms,
    rows,
    ...cost,
    throttleBoundMs: (cost.pages / 5) * 10_000,
    etaSample: quarter && { text: quarter.text, actualLeftMs: started + ms - quarter.at },
  };
}
