// Row 8: the tenant's sign-ins over a week, read through the Overview's "Registered and used" card, under
// Graph's reports limit (the sign-in log shares it).
import type { Browser } from '@playwright/test';
import { control, freshAppPage, QUIET_PAGE, signIn, type AppServer } from './browser-kit.ts';

export interface SignInScanResult {
  ms: number;
  signIns: number;
  pages: number;
  throttleBoundMs: number;
  responses429: number;
  baselineHeapMb: number;
  peakHeapMb: number;
}

const SIGN_IN_PAGE = /\/auditLogs\/signIns\?/;
const REPORTS = /\/(reports|auditLogs)\//;

export async function measureSignInScan(browser: Browser, server: AppServer): Promise<SignInScanResult> {
  const { context, page } = await freshAppPage(browser, server.appUrl);
  await signIn(page, 'security-lead', QUIET_PAGE);
  // The Overview's own report reads come first (the whole registration report, for its strength groups); the
  // scan is timed alone, once none has been asked for during a whole 10-second window of Graph's.
  let lastReportRead = Date.now();
  page.on('request', (r) => void (REPORTS.test(r.url()) && (lastReportRead = Date.now())));
  await page.goto('/');
  await page.getByTestId('strength-progress').waitFor({ state: 'detached', timeout: 5 * 60_000 });
  while (Date.now() - lastReportRead < 11_000) await new Promise((r) => setTimeout(r, 500));

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  const baseline = await heap();
  let peak = baseline;
  let pages = 0;
  let responses429 = 0;
  page.on('request', (r) => void (SIGN_IN_PAGE.test(r.url()) && pages++));
  page.on('response', (r) => void (r.status() === 429 && responses429++));
  const throttledBefore = (await control<{ throttled: number }>(server.emulatorUrl, 'throttle')).throttled;

  const card = page.getByRole('region', { name: 'Registered and used' });
  const started = Date.now();
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await heap().catch(() => 0));
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  await card.getByTestId('start-sign-in-scan').click();
  const basis = card.getByTestId('registered-used-basis');
  await basis.filter({ hasText: /^Sign-ins of / }).waitFor({ timeout: 10 * 60_000 });
  const ms = Date.now() - started;
  running = false;
  await sampler;
  const signIns = Number(
    (/\(([\d,]+) sign-ins/.exec((await basis.textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''),
  );
  const throttled =
    (await control<{ throttled: number }>(server.emulatorUrl, 'throttle')).throttled - throttledBefore;
  await context.close();
  return {
    ms,
    signIns,
    pages,
    // The first five requests go at once; each further five wait for the 10-second window.
    throttleBoundMs: Math.max(0, Math.ceil(pages / 5) - 1) * 10_000,
    responses429: Math.max(responses429, throttled),
    baselineHeapMb: baseline / 1e6,
    peakHeapMb: peak / 1e6,
  };
}
