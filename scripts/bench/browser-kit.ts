// Headless Chromium signed in through the real MSAL redirect, one fresh app registration per page.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AppServer } from './app-server.ts';
import { chromium, request, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * A page whose app runs as a client id of its own: Graph throttles per app, so each measurement starts
 * with a full reports budget instead of the one the previous measurement spent.
 */
export async function freshAppPage(
  browser: Browser,
  appUrl: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: appUrl,
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
  });
  const clientId = randomUUID();
  await context.route('**/config.js', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/"clientId":\s*"[^"]*"/, `"clientId": "${clientId}"`);
    await route.fulfill({ response, body });
  });
  return { context, page: await context.newPage() };
}

/** The e2e sign-in (e2e/support/sign-in.ts) without the test runner: button, persona page, back to `start`. */
export async function signIn(page: Page, persona: string, start: string): Promise<void> {
  await page.goto(start);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator(`button[data-persona="${persona}"]`).click();
  await page.getByRole('button', { name: /^Account:/ }).waitFor({ timeout: 30_000 });
}

// A path no route owns: the shell signs in there without spending any report calls.
export const QUIET_PAGE = '/bench-sign-in';

/** The emulator's control API (test-only; the bench starts it with --control). Its certificate is self-signed. */
export async function control<T>(emulatorUrl: string, path: string, body?: unknown): Promise<T> {
  const ctx = await request.newContext({ baseURL: emulatorUrl, ignoreHTTPSErrors: true });
  try {
    const url = `/__emulator/${path}`;
    const response = body === undefined ? await ctx.get(url) : await ctx.post(url, { data: body });
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  } finally {
    await ctx.dispose();
  }
}

/** A persona's token, its sign-in just past MFA: Graph's rule for credential writes is met. */
export async function mintToken(emulatorUrl: string, persona: string): Promise<string> {
  const { access_token } = await control<{ access_token: string }>(emulatorUrl, 'token', {
    persona,
    appId: `bench-${randomUUID()}`,
    mfaMinutesAgo: 0,
  });
  return access_token;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export type { AppServer };

export const isGraphUrl = (url: string, emulatorUrl: string) =>
  url.startsWith(emulatorUrl) && /^\/(v1\.0|beta)\//.test(new URL(url).pathname);
