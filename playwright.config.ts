import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Ports apart from `npm start`'s, so the suite runs beside a developer's own instance.
export const E2E_EMULATOR_URL = 'https://localhost:8444';
const APP_URL = 'http://localhost:5174';

// Debian's Chromium here; elsewhere set CHROMIUM_PATH or let Playwright use its own browser.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: APP_URL,
    ignoreHTTPSErrors: true,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx tsx scripts/start.ts --control --skip-build --port 8444 --app-port 5174',
    url: APP_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
