import { randomUUID } from 'node:crypto';
import { test as base } from '@playwright/test';

/**
 * Each test signs in as its own app registration (a fresh client id in config.js): Graph's throttling
 * is per app, so parallel tests would otherwise share one reports budget and slow each other down.
 */
export const test = base.extend<{ appId: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  appId: async ({}, use) => use(randomUUID()),
  page: async ({ page, appId: clientId }, use) => {
    await page.route('**/config.js', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/"clientId":\s*"[^"]*"/, `"clientId": "${clientId}"`);
      await route.fulfill({ response, body });
    });
    await use(page);
  },
});

export { expect } from '@playwright/test';
