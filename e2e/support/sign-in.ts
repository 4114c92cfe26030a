import { expect, type Page } from '@playwright/test';
import type { PersonaId } from './emulator.ts';

/**
 * Signs in the way a person does: the app's button, MSAL's redirect, the emulator's persona page, and back
 * to `start`. Starting on the page under test spares a detour through the Overview and its report calls.
 */
export async function signIn(page: Page, persona: PersonaId, start = '/'): Promise<void> {
  await page.goto(start);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the demo tenant' })).toBeVisible();
  await page.locator(`button[data-persona="${persona}"]`).click();
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible();
}
