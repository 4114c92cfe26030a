import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { grantConsent, injectFault, revokeConsent, type PersonaId } from './emulator.ts';
import { matrixDir } from './matrix-dir.ts';
import { signIn } from './sign-in.ts';

/**
 * The fault matrix's shared parts: the faults, a fresh app and sign-in per cell, the prompt answerer, and the
 * cell runner that records each result for the combined printout (e2e/support/print-matrices.ts).
 */

export type Outcome = 'recovers' | 'explains' | 'signInAgain';

export interface Fault {
  name: string;
  rule: Record<string, unknown>;
  /** What a read does; writes always show the failure in the dialog unless `writeRecovers`. */
  read: Outcome;
  /** The Graph code the message must quote. */
  code?: string;
  /** The write's answer was lost: the app re-reads before saying anything. */
  ambiguous?: boolean;
  /** Graph refuses per request, so inside a batch it is a part that fails, not the envelope. */
  refusal?: boolean;
  /**
   * Instead of (or with) a Graph fault, consent for the flow's scope is withdrawn: before sign-in, so Entra
   * issues tokens without it (`omit`), or after it, so the renewal the rule forces is refused (`consent_required`).
   */
  consent?: 'omit' | 'consent_required';
  /**
   * A 403 the app cannot tell from Graph's fresh-MFA demand: on a credential write it steps up (silently, the
   * sign-in having MFA) and sends once more. A role refusal persists, so write cells arm it for two requests.
   */
  stepsUp?: boolean;
}

const LICENCE = 'Authentication_RequestFromNonPremiumTenantOrB2CTenant';
export const FAULTS: Fault[] = [
  {
    name: '429, Retry-After readable',
    rule: { status: 429, retryAfter: 1, exposeRetryAfter: true },
    read: 'recovers',
    code: 'TooManyRequests',
  },
  {
    name: '429, Retry-After hidden by CORS',
    rule: { status: 429, retryAfter: 1, exposeRetryAfter: false },
    read: 'recovers',
    code: 'TooManyRequests',
  },
  { name: '503', rule: { status: 503, retryAfter: null }, read: 'recovers', code: 'serviceNotAvailable' },
  { name: '500', rule: { status: 500 }, read: 'recovers', code: 'InternalServerError' },
  {
    name: '504 after 10 s',
    rule: { status: 504, latencyMs: 10_000 },
    read: 'recovers',
    code: 'GatewayTimeout',
    ambiguous: true,
  },
  {
    name: 'dropped connection',
    rule: { drop: true },
    read: 'recovers',
    code: 'NetworkError',
    ambiguous: true,
  },
  {
    name: 'malformed JSON',
    rule: { malformedJson: true },
    read: 'explains',
    code: 'InvalidResponse',
    ambiguous: true,
  },
  { name: '401 expired token', rule: { status: 401 }, read: 'recovers' },
  // Graph sends it only to a client that declared CP1 (the emulator too): met, it proves the app declares it.
  // The sign-in session still stands, so a token meeting the claims comes silently and the request goes
  // again; e2e/mutating/continuous-access.spec.ts has the revoked session, where the operator must sign in.
  { name: 'claims challenge', rule: { claimsChallenge: true }, read: 'recovers' },
  {
    name: '403 missing scope',
    rule: {},
    consent: 'omit',
    read: 'signInAgain',
  },
  {
    name: 'consent withdrawn, renewal refused',
    rule: { status: 401 },
    consent: 'consent_required',
    read: 'signInAgain',
  },
  {
    name: '403 missing role',
    rule: { status: 403 },
    read: 'explains',
    code: 'Authorization_RequestDenied',
    refusal: true,
    stepsUp: true,
  },
  {
    name: 'licence error',
    rule: {
      status: 403,
      code: LICENCE,
      message: 'Tenant is not a B2C tenant or does not have premium license.',
    },
    read: 'explains',
    code: LICENCE,
    refusal: true,
  },
];

// FAULT_ONLY=<a regular expression matching fault names> runs just those rows, for debugging one cell.
export const chosen = (faults: Fault[]) =>
  process.env.FAULT_ONLY ? faults.filter((f) => new RegExp(process.env.FAULT_ONLY!).test(f.name)) : faults;

export const test = base.extend<{ app: { id: string; renew(): string } }>({
  app: async ({ page }, use) => {
    const app = { id: randomUUID(), renew: () => (app.id = randomUUID()) };
    await page.route('**/config.js', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/"clientId":\s*"[^"]*"/, `"clientId": "${app.id}"`);
      await route.fulfill({ response, body });
    });
    await use(app);
  },
});

/** A fresh app registration and sign-in per cell: its own faults, its own throttling budget, no cached data. */
export async function freshSignIn(
  page: Page,
  app: { renew(): string },
  persona: PersonaId,
  start: string,
  fault: Fault,
  scope: string,
) {
  const id = app.renew();
  // MSAL keeps the previous app's account in this tab's sessionStorage.
  if (page.url().startsWith('http')) await page.evaluate(() => sessionStorage.clear());
  await page.context().clearCookies();
  if (fault.consent === 'omit') await revokeConsent(id, [scope], 'omit');
  // With MFA: the cells are about faults, and Graph's fresh-MFA rule would otherwise add a step-up to each write.
  await signIn(page, persona, start, { mfa: true });
  if (fault.consent === 'consent_required') await revokeConsent(id, [scope], 'consent_required');
  return id;
}

/** Write requests a cell sends before the failure shows: the refused one, and a step-up's second try. */
export const sentBeforeExplaining = (fault: Fault) => (fault.stepsUp ? 2 : 1);

/** Where a write cell arms its fault: a refusal that steps up must meet the step-up's second try too. */
export const writeFaultWhere = (fault: Fault, where: Record<string, unknown>) =>
  fault.stepsUp ? { ...where, count: 2 } : where;

/** Arms a cell's Graph fault, when its row has one. */
export async function armFault(appId: string, fault: Fault, where: Record<string, unknown>) {
  if (Object.keys(fault.rule).length) await injectFault({ appId, count: 1, ...where, ...fault.rule });
}

/**
 * Answers the "sign in again" prompt. The popup goes to the authority, which knows the account from the login
 * hint and may finish by itself (as Entra does with a live session); otherwise the persona is picked.
 *
 * A missing consent the operator's roles cannot grant shows no popup but the link for an administrator: with
 * `consent` given, the administrator grants it (the control API stands in for them) and the operator checks
 * again.
 */
export async function answerSignInPrompt(
  page: Page,
  scope: Locator,
  persona: PersonaId,
  consent?: { appId: string; scope: string },
) {
  const prompt = scope.getByTestId('session-challenge').first();
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  if ((await prompt.getAttribute('data-kind')) === 'admin-consent') {
    if (!consent) throw new Error('the prompt asks for an administrator, and the cell named no consent');
    await expect(prompt.getByTestId('admin-consent-link')).toContainText(
      `/v2.0/adminconsent?client_id=${consent.appId}`,
    );
    await grantConsent(consent.appId, [consent.scope]);
    await prompt.getByRole('button', { name: 'Check again' }).click();
    await expect(prompt).toBeHidden();
    return;
  }
  const popup = page.waitForEvent('popup', { timeout: 30_000 });
  await prompt.getByRole('button', { name: /^(Sign in again|Grant access)$/ }).click({ timeout: 30_000 });
  const window = await popup;
  // Generous: on a loaded 2-core machine MSAL's popup hand-back has once taken longer than 30 s.
  // A popup the session answers by itself can be gone before this line runs: waiting for its close would hang.
  const closed = window.isClosed() ? Promise.resolve() : window.waitForEvent('close', { timeout: 60_000 });
  // The persona page, Entra's consent page, or neither (the session answers by itself).
  const answer = window.locator(`button[data-persona="${persona}"], button[data-consent="accept"]`);
  const clickWhileOpen = async () => {
    while (!window.isClosed()) await answer.first().click({ timeout: 60_000 });
  };
  await Promise.race([closed, clickWhileOpen().catch(() => undefined)]);
  await closed;
  await expect(prompt).toBeHidden();
}

/** One line per cell in the run's output folder; print-matrices.ts adds up every worker's lines at the end. */
function record(flow: string, fault: string, passed: boolean) {
  const dir = matrixDir(test.info().project.outputDir);
  mkdirSync(dir, { recursive: true });
  const line = JSON.stringify({ flow, fault, passed, at: Date.now() });
  appendFileSync(join(dir, `${process.pid}.jsonl`), `${line}\n`);
}

/** Runs one cell; a failing cell is recorded and the matrix goes on, so the printout is always complete. */
export async function cell(
  page: Page,
  flow: string,
  fault: string,
  failures: string[],
  run: () => Promise<void>,
) {
  await test.step(`${flow} × ${fault}`, async () => {
    try {
      await run();
      record(flow, fault, true);
    } catch (error) {
      record(flow, fault, false);
      await page
        .screenshot({
          path: test.info().outputPath(`${flow}-${fault}.png`.replace(/[^\w.-]+/g, '-')),
          fullPage: true,
        })
        .catch(() => undefined);
      failures.push(`${flow} × ${fault}: ${String(error).split('\n')[0]}`);
    }
  });
}

export const REQUEST_ID = /request-id [0-9a-f-]{36}/;

/** The alert that quotes the Graph code and the request-id (other alerts may quote the code alone). */
export const explanation = (scope: Locator, code: string) =>
  scope.getByRole('alert').filter({ hasText: code }).filter({ hasText: REQUEST_ID }).first();

export async function expectExplained(scope: Locator, code: string) {
  await expect(explanation(scope, code)).toBeVisible({ timeout: 45_000 });
}

export function countWrites(page: Page, method: string, path: RegExp) {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === method && path.test(new URL(r.url()).pathname)) sent.push(r.url());
  });
  return sent;
}

export const WRITE_FAULTS: Fault[] = [
  ...FAULTS,
  {
    name: 'connection dropped after Graph applied it',
    rule: { drop: true, afterRunning: true },
    read: 'recovers',
    code: 'NetworkError',
    ambiguous: true,
  },
];
