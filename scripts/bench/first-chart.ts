// Row 2: navigation → the Overview's first chart drawn, against a bare page making the same Graph calls.
import { createServer } from 'node:http';
import type { Browser } from '@playwright/test';
import {
  freshAppPage,
  isGraphUrl,
  median,
  mintToken,
  QUIET_PAGE,
  signIn,
  type AppServer,
} from './browser-kit.ts';

const REFERENCE_PORT = 8466;

declare global {
  interface Window {
    __benchFirstChart?: number;
    __benchReferenceDone?: number;
  }
}

/** Notes the time a chart's first bar enters the DOM, relative to the navigation that led there. */
function watchForFirstChart() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('.recharts-bar-rectangle')) {
      window.__benchFirstChart = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function appSample(browser: Browser, server: AppServer): Promise<{ ms: number; graphCalls: string[] }> {
  const { context, page } = await freshAppPage(browser, server.appUrl);
  await signIn(page, 'security-lead', QUIET_PAGE);
  await page.addInitScript(watchForFirstChart);
  const graphCalls: string[] = [];
  page.on('request', (r) => {
    if (isGraphUrl(r.url(), server.emulatorUrl) && r.method() === 'GET') graphCalls.push(r.url());
  });
  await page.goto('/');
  const ms = await page.waitForFunction(() => window.__benchFirstChart, undefined, { timeout: 60_000 });
  const value = (await ms.jsonValue()) as number;
  const before = [...graphCalls];
  await context.close();
  return { ms: value, graphCalls: before };
}

/**
 * A page of no framework: sends the same requests at once and notes when the one the first chart draws
 * (usersRegisteredByMethod) has fully arrived; the others stay in flight as they do in the app.
 */
function referenceHtml(token: string, urls: string[]): string {
  const script = `
    const urls = ${JSON.stringify(urls)};
    const get = (u) => fetch(u, { headers: { Authorization: 'Bearer ${token}' }, credentials: 'omit' })
      .then((r) => { if (!r.ok) throw new Error(u + ': ' + r.status); return r.text(); });
    const fail = (e) => { window.__benchReferenceDone = -1; console.error(e); };
    urls.forEach((u) => {
      const call = get(u);
      if (/usersRegisteredByMethod/.test(u)) call.then(() => { window.__benchReferenceDone = performance.now(); }, fail);
      // The app's other reads may be refused by design (a security lead lists no role assignments): sent alike,
      // only the chart's own call must succeed.
      else call.catch(() => undefined);
    });`;
  return `<!doctype html><html><head><title>reference</title></head><body><script>${script}</script></body></html>`;
}

/**
 * The reference page comes from a real loopback server: Chromium refuses a page it cannot place on the
 * network (one fulfilled by the test) any request to the loopback emulator.
 */
async function serveReference(html: () => string): Promise<{ url: string; close: () => void }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html());
  });
  await new Promise<void>((ready) => server.listen(REFERENCE_PORT, 'localhost', ready));
  return { url: `http://localhost:${REFERENCE_PORT}/`, close: () => server.close() };
}

async function referenceSample(browser: Browser, server: AppServer, urls: string[]): Promise<number> {
  const token = await mintToken(server.emulatorUrl, 'security-lead');
  const reference = await serveReference(() => referenceHtml(token, urls));
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    await page.goto(reference.url);
    const done = await page.waitForFunction(() => window.__benchReferenceDone, undefined, {
      timeout: 60_000,
    });
    const ms = (await done.jsonValue()) as number;
    if (ms < 0) throw new Error('the reference page’s Graph calls failed');
    return ms;
  } finally {
    await context.close();
    reference.close();
  }
}

export interface FirstChartResult {
  appMs: number;
  referenceMs: number;
  graphCalls: number;
}

/** Median of `runs` each, after one warm-up of each (the emulator computes a report's rows on first use). */
export async function measureFirstChart(
  browser: Browser,
  server: AppServer,
  runs = 5,
): Promise<FirstChartResult> {
  const warm = await appSample(browser, server);
  const urls = warm.graphCalls;
  if (!urls.some((u) => /usersRegisteredByMethod/.test(u)))
    throw new Error('the Overview made no usersRegisteredByMethod call');
  await referenceSample(browser, server, urls);
  const app: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < runs; i++) {
    app.push((await appSample(browser, server)).ms);
    reference.push(await referenceSample(browser, server, urls));
  }
  return { appMs: median(app), referenceMs: median(reference), graphCalls: urls.length };
}
