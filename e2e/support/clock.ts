import { expect, request, type Page } from '@playwright/test';
import { E2E_EMULATOR_URL } from '../../playwright.config.ts';
import { tokenFor } from './emulator.ts';

/** POST to the emulator's control API (`clock`, `reset`, …). */
export async function control(path: string, data?: unknown): Promise<void> {
  const ctx = await request.newContext({ baseURL: E2E_EMULATOR_URL, ignoreHTTPSErrors: true });
  const response = await ctx.post(`/__emulator/${path}`, data === undefined ? {} : { data });
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
  await ctx.dispose();
}

/**
 * The emulator's and the browser's clocks at the same instant (MSAL checks token times against the browser).
 * The dashboard is closed first, as overnight: an open Overview would see the new day at once and take its
 * snapshot before the test has changed the tenant for that day.
 */
export async function setClocks(page: Page, at: number): Promise<void> {
  if (page.url().startsWith('http')) await page.goto('about:blank');
  await control('clock', { now: new Date(at).toISOString() });
  await page.clock.setSystemTime(at);
}

/**
 * Registers a mobile phone for a user, as a privileged helpdesk agent would through Graph, having just completed
 * MFA (Graph's rule for credential writes; the token is minted after any clock move, so its MFA is fresh).
 */
export async function addMobilePhone(userId: string, phoneNumber: string): Promise<void> {
  const token = await tokenFor('privileged-helpdesk', { mfa: true });
  const ctx = await request.newContext({ baseURL: E2E_EMULATOR_URL, ignoreHTTPSErrors: true });
  const response = await ctx.post(`/v1.0/users/${userId}/authentication/phoneMethods`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { phoneNumber, phoneType: 'mobile' },
  });
  if (!response.ok()) throw new Error(`add phone: ${response.status()} ${await response.text()}`);
  await ctx.dispose();
}

/** A stored daily snapshot, as the tests read it back. */
export interface StoredSnapshot {
  day: string;
  sections: Record<string, Record<string, number>>;
}

/** Every snapshot the app keeps in this browser's IndexedDB. */
export const storedSnapshots = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<StoredSnapshot[]>((resolve, reject) => {
        const open = indexedDB.open('entra-auth-methods-dashboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('adoptionSnapshots').objectStore('adoptionSnapshots').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as StoredSnapshot[]);
          };
        };
      }),
  );

/** Opens the Overview (signing in again if the session did not survive the jump) and waits for today's snapshot. */
export async function openOverviewAndSnapshot(page: Page) {
  await page.goto('/');
  const account = page.getByRole('button', { name: /^Account:/ });
  const signIn = page.getByRole('button', { name: 'Sign in' });
  await expect(account.or(signIn)).toBeVisible();
  if (await signIn.isVisible()) {
    await signIn.click();
    await page.locator('button[data-persona="security-lead"]').click();
    await expect(account).toBeVisible();
  }
  await expect(page.getByTestId('history-today')).toContainText("Today's snapshot was taken", {
    timeout: 45_000,
  });
}
