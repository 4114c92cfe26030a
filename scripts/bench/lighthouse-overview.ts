// Row 6: Lighthouse's performance score for the signed-in Overview, mobile and desktop presets.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { launchBrowser, QUIET_PAGE, signIn, type AppServer } from './browser-kit.ts';

const DEBUG_PORT = 9466;

/**
 * Lighthouse drives the tab the bench signed in on (MSAL keeps its cache in that tab's sessionStorage), so
 * it must not reset storage; it reloads the Overview there with its own throttling and scoring.
 */
export interface LighthouseResult {
  score: number;
  /** The metrics the score is made of, as Lighthouse words them: where the points were lost. */
  metrics: string;
}

const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;

export async function lighthouseScore(
  server: AppServer,
  preset: 'mobile' | 'desktop',
): Promise<LighthouseResult> {
  const browser = await launchBrowser([`--remote-debugging-port=${DEBUG_PORT}`]);
  try {
    // The app's own client id: Playwright's config.js rewrite would not apply to Lighthouse's reload.
    const context = await browser.newContext({ baseURL: server.appUrl, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await signIn(page, 'security-lead', QUIET_PAGE);
    const remote = await puppeteer.connect({
      browserURL: `http://127.0.0.1:${DEBUG_PORT}`,
      defaultViewport: null,
    });
    const tab = (await remote.pages()).find((p) => p.url().startsWith(server.appUrl));
    if (!tab) throw new Error('the signed-in tab is not visible to Lighthouse');
    const result = await lighthouse(
      `${server.appUrl}/`,
      { onlyCategories: ['performance'], disableStorageReset: true, logLevel: 'error', output: 'json' },
      preset === 'desktop' ? desktopConfig : undefined,
      tab,
    );
    await remote.disconnect();
    const score = result?.lhr.categories.performance?.score;
    if (typeof score !== 'number')
      throw new Error(`Lighthouse gave no score: ${JSON.stringify(result?.lhr.runtimeError)}`);
    const audits = result?.lhr.audits ?? {};
    const metrics = Object.entries(METRICS)
      .map(([id, label]) => `${label} ${audits[id]?.displayValue ?? '?'}`)
      .join(', ');
    return { score, metrics };
  } finally {
    await browser.close();
  }
}
