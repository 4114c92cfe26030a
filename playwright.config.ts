import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Ports apart from `npm start`'s, so the suite runs beside a developer's own instance (env overrides them).
const EMULATOR_PORT = process.env.E2E_EMULATOR_PORT ?? '8444';
const APP_PORT = process.env.E2E_APP_PORT ?? '5174';
export const E2E_EMULATOR_URL = `https://localhost:${EMULATOR_PORT}`;
const APP_URL = `http://localhost:${APP_PORT}`;

// Debian's Chromium here; elsewhere set CHROMIUM_PATH or let Playwright use its own browser.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: true,
  workers: 2,
  // No retry, in CI either: a test that passes only on its second try hides a defect, so it fails the run.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  // Prints the fault matrix once, added up from every worker.
  globalTeardown: './e2e/support/print-matrices.ts',
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
  // A spec's folder is its project. Specs that change the tenant run after the ones that compare pages with the
  // tenant's numbers: the e2e emulator is shared, and a deletion mid-comparison would make a correct page look
  // wrong.
  projects: [
    { name: 'read-only', testDir: 'e2e/read-only' },
    { name: 'mutating', testDir: 'e2e/mutating', dependencies: ['read-only'] },
    // Compares a group with the cohort the tenant has at that moment: after the specs that change the policy
    // and users' methods, never beside them.
    { name: 'cohort-groups', testDir: 'e2e/cohort-groups', dependencies: ['mutating'] },
    // Moves the emulator's clock (shared by every spec) and changes the tenant: runs last, alone.
    { name: 'clock', testDir: 'e2e/clock', dependencies: ['cohort-groups'] },
    // The same shared clock and tenant: after the month of history, never beside it.
    { name: 'clock-lenses', testDir: 'e2e/clock-lenses', dependencies: ['clock'] },
  ],
  webServer: {
    command: `npx tsx scripts/start.ts --control --hostile-users --skip-build --port ${EMULATOR_PORT} --app-port ${APP_PORT}`,
    url: APP_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
