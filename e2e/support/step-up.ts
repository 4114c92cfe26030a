import { expect, type Locator, type Page } from '@playwright/test';

/** The app's "Verify it's you" dialog: Graph wants a recent MFA before a credential write (step-up). */
export const stepUpDialog = (page: Page) => page.getByTestId('step-up');

/** Verifies in the popup: the emulator's MFA step ("Approve sign in request") is approved. */
export async function approveStepUp(page: Page, dialog: Locator = stepUpDialog(page)): Promise<void> {
  const popup = page.waitForEvent('popup', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Verify' }).click();
  const window = await popup;
  const closed = window.isClosed() ? Promise.resolve() : window.waitForEvent('close', { timeout: 60_000 });
  await window.locator('button[data-mfa="approve"]').click({ timeout: 30_000 });
  await closed;
  await expect(dialog).toBeHidden();
}

/**
 * Journeys sign in without MFA, so under the emulator's strict default their first credential write meets
 * Graph's fresh-MFA rule: the operator verifies, as a person would, whenever the dialog shows.
 */
export async function answerStepUps(page: Page): Promise<void> {
  await page.addLocatorHandler(stepUpDialog(page), (dialog) => approveStepUp(page, dialog));
}
