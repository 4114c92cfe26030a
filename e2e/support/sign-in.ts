import { expect, type Page } from '@playwright/test';
import type { PersonaId } from './emulator.ts';

/** Signs in the way a person does: the app's button, MSAL's redirect, the emulator's persona page. */
export async function signIn(page: Page, persona: PersonaId): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the demo tenant' })).toBeVisible();
  await page.locator(`button[data-persona="${persona}"]`).click();
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible();
}
