// Row 8: the tenant's sign-ins over a week, read through the Overview's "Registered and used" card, under
// Graph's reports limit (the sign-in log shares it).
import type { Browser } from '@playwright/test';
import { freshAppPage, QUIET_PAGE, signIn, type AppServer } from './browser-kit.ts';
import { watchPacedRun, type PacedRunCost } from './paced-run-watch.ts';

export interface SignInScanResult extends PacedRunCost {
  ms: number;
  signIns: number;
  throttleBoundMs: number;
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

  const watch = await watchPacedRun(context, page, server.emulatorUrl, SIGN_IN_PAGE);

  const card = page.getByRole('region', { name: 'Registered and used' });
  const started = Date.now();
  await card.getByTestId('start-sign-in-scan').click();
  const basis = card.getByTestId('registered-used-basis');
  await basis.filter({ hasText: /^Sign-ins of / }).waitFor({ timeout: 10 * 60_000 });
  const ms = Date.now() - started;
  const cost = await watch.finish();
  const signIns = Number(
    (/\(([\d,]+) sign-ins/.exec((await basis.textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''),
  );
  await context.close();
  return {
    ms,
    signIns,
    ...cost,
    // The first five requests go at once; each further five wait for the 10-second window.
    throttleBoundMs: Math.max(0, Math.ceil(cost.pages / 5) - 1) * 10_000,
  };
}
