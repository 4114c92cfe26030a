import { randomUUID } from 'node:crypto';
import { test as base, type Page } from '@playwright/test';
import { answerStepUps } from './step-up.ts';

/**
 * Each test signs in as its own app registration (a fresh client id in config.js): Graph's throttling
 * is per app, so parallel tests would otherwise share one reports budget and slow each other down.
 * The step-up Graph asks for before a credential write is answered whenever it shows, unless a test
 * watches it itself (`test.use({ answerStepUps: false })`).
 */
/** Points a tab at the app registration `clientId` by rewriting the config.js the app loads. */
export async function useAppRegistration(page: Page, clientId: string): Promise<void> {
  await page.route('**/config.js', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/"clientId":\s*"[^"]*"/, `"clientId": "${clientId}"`);
    await route.fulfill({ response, body });
  });
}

export const test = base.extend<{ appId: string; answerStepUps: boolean }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  appId: async ({}, use) => use(randomUUID()),
  answerStepUps: [true, { option: true }],
  page: async ({ page, appId: clientId, answerStepUps: answer }, use) => {
    await useAppRegistration(page, clientId);
    if (answer) {
      await answerStepUps(page);
      // A second tab of the same operator too (popups as well: the dialog never shows there, and one that
      // closes before the handler is added is of no concern).
      page.context().on('page', (opened) => void answerStepUps(opened).catch(() => undefined));
    }
    await use(page);
  },
});

export { expect } from '@playwright/test';
