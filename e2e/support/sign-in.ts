import { expect, type Page } from '@playwright/test';
import type { PersonaId } from './emulator.ts';

/**
 * Signs in the way a person does: the app's button, MSAL's redirect, the emulator's persona page, and back
 * to `start`. Starting on the page under test spares a detour through the Overview and its report calls.
 *
 * With `mfa`, the sign-in includes multifactor authentication, as a tenant whose Conditional Access requires it
 * at sign-in would make it: the authorize request asks for it and the emulator's MFA step is approved. Graph's
 * fresh-MFA rule for credential writes is then met for 10 minutes without a step-up (specs about faults use
 * this; the journeys meet the step-up).
 */
export async function signIn(
  page: Page,
  persona: PersonaId,
  start = '/',
  options: { mfa?: boolean } = {},
): Promise<void> {
  if (options.mfa) await askForMfaAtSignIn(page);
  await page.goto(start);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the demo tenant' })).toBeVisible();
  await page.locator(`button[data-persona="${persona}"]`).click();
  if (options.mfa) await page.locator('button[data-mfa="approve"]').click();
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible();
}

const withMfa = new WeakSet<Page>();

/** Adds `amr: mfa` to the claims of the app's authorize requests (MSAL's own, CP1, kept). */
async function askForMfaAtSignIn(page: Page): Promise<void> {
  if (withMfa.has(page)) return;
  withMfa.add(page);
  await page.context().route('**/oauth2/v2.0/authorize?**', (route) => {
    const url = new URL(route.request().url());
    const claims = JSON.parse(url.searchParams.get('claims') ?? '{}') as Record<string, object>;
    claims.access_token = { ...claims.access_token, amr: { essential: true, values: ['mfa'] } };
    url.searchParams.set('claims', JSON.stringify(claims));
    return route.continue({ url: url.toString() });
  });
}
