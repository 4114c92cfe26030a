// Row 3: the whole registration report to CSV through the app's Export button, under Graph's reports limit.
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { control, freshAppPage, QUIET_PAGE, signIn, type AppServer } from './browser-kit.ts';

export interface ExportResult {
  ms: number;
  rows: number;
  pages: number;
  throttleBoundMs: number;
  responses429: number;
  baselineHeapMb: number;
  peakHeapMb: number;
  /** One progress line as shown part-way, with the time that was really left then. */
  etaSample?: { text: string; actualLeftMs: number };
}

const REPORT_PAGE = /\/reports\/authenticationMethods\/userRegistrationDetails\?.*top=999/;

export async function measureExport(browser: Browser, server: AppServer): Promise<ExportResult> {
  const { context, page } = await freshAppPage(browser, server.appUrl);
  await signIn(page, 'security-lead', QUIET_PAGE);
  await page.goto('/registration');
  await page.locator('.MuiDataGrid-row[data-id]').first().waitFor({ timeout: 60_000 });

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  const baseline = await heap();
  let peak = baseline;
  let pages = 0;
  let responses429 = 0;
  page.on('request', (r) => void (REPORT_PAGE.test(r.url()) && pages++));
  page.on('response', (r) => void (r.status() === 429 && responses429++));
  const throttledBefore = (await control<{ throttled: number }>(server.emulatorUrl, 'throttle')).throttled;

  const started = Date.now();
  const progress: { at: number; text: string }[] = [];
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await heap().catch(() => 0));
      const text = await page
        .getByTestId('export-progress')
        .getByRole('status')
        .textContent({ timeout: 50 })
        .catch(() => null);
      if (text) progress.push({ at: Date.now(), text });
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const download = page.waitForEvent('download', { timeout: 10 * 60_000 });
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const ms = Date.now() - started;
  running = false;
  await sampler;

  const rows = readFileSync(file, 'utf8').split('\r\n').filter(Boolean).length - 1;
  const throttled =
    (await control<{ throttled: number }>(server.emulatorUrl, 'throttle')).throttled - throttledBefore;
  await context.close();
  const quarter = progress.find((p) => p.at - started >= ms / 4 && /left/.test(p.text));
  return {
    ms,
    rows,
    pages,
    throttleBoundMs: (pages / 5) * 10_000,
    responses429: Math.max(responses429, throttled),
    baselineHeapMb: baseline / 1e6,
    peakHeapMb: peak / 1e6,
    etaSample: quarter && { text: quarter.text, actualLeftMs: started + ms - quarter.at },
  };
}
