import type { Page } from '@playwright/test';
import { E2E_EMULATOR_URL } from '../../playwright.config.ts';
import { graphAs } from '../support/emulator.ts';
import { answerSignInPrompt } from '../support/fault-cells.ts';
import { guardPage } from '../support/page-guard.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';

const EXPECTED_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
];

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources.join(' ')];
    }),
  );
}

test('every response of the app carries the security headers, with a CSP for the configured emulator', async ({
  request,
}) => {
  for (const path of ['/', '/redirect.html', '/config.js', '/users/00000000-0000-0000-0000-000000000000']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    for (const name of EXPECTED_HEADERS) expect(headers[name], `${path} ${name}`).toBeTruthy();
    expect(headers['x-content-type-options']).toBe('nosniff');
    // MSAL's redirect bridge must not be served with COOP (msal-browser docs/redirect-bridge.md); pages are.
    if (path === '/redirect.html') expect(headers['cross-origin-opener-policy'], path).toBeUndefined();
    else if (path !== '/config.js') expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    const csp = directives(headers['content-security-policy']!);
    expect(csp.get('script-src')).toBe("'self'");
    // Limited to the authority and Graph of the config.js npm start serves (both the emulator here).
    expect(csp.get('connect-src')).toBe(E2E_EMULATOR_URL);
    expect(csp.get('frame-src')).toBe(`'self' ${E2E_EMULATOR_URL}`);
    expect(csp.get('frame-ancestors')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
  }
  const html = await (await request.get('/')).text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  // The built bundles too, which are served compressed and, being named by their content's hash, cacheable.
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  expect(script, 'the entry script in index.html').toBeTruthy();
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  for (const name of EXPECTED_HEADERS) expect(asset.headers()[name], `${script} ${name}`).toBeTruthy();
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-type']).toMatch(/^text\/javascript/);
});

async function visitEveryPage(page: Page, userId: string) {
  await expect(page.getByTestId('kpi-total-value')).toBeVisible();
  await page.goto('/usage');
  await expect(page.getByTestId('activity-row').first()).toBeVisible();
  await page.goto('/registration');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  // Other workers' report calls share the app's reports budget: the first page may wait out the rate limit.
  await expect(page.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const box = page.getByRole('combobox', { name: 'Search users' });
  await box.pressSequentially('adele', { delay: 30 });
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto(`/users/${userId}`);
  await expect(page.getByTestId('method').first()).toBeVisible();
}

test('signing in and using every page raises no CSP or Trusted Types violation', async ({ page }) => {
  const [user] = (await graphAs<{ value: { id: string }[] }>('global-admin', '/users?$top=1&$select=id'))
    .value;
  const guard = await guardPage(page);
  page.on('download', () => undefined);
  const first = await page.goto('/');
  expect(first?.headers()['content-security-policy']).toContain("script-src 'self'");
  await signIn(page, 'global-admin');
  await visitEveryPage(page, user!.id);
  expect(guard.violations).toEqual([]);
  expect(guard.dialogs).toEqual([]);
});

/**
 * MSAL renews without a refresh token in a hidden iframe: the authority, then this origin's redirect.html, under
 * the CSP. The authority answers from its session cookie, which this Chromium withholds from a cross-site iframe
 * (the request says `Sec-Fetch-Storage-Access: none`), as browsers that block third-party cookies do with
 * Entra's: the emulator then answers `login_required`, as Entra does, and the app asks the operator to sign in
 * again in a popup instead of failing.
 */
test('silent renewal goes through the hidden iframe to redirect.html under the CSP, and falls back to a popup', async ({
  page,
}) => {
  const guard = await guardPage(page);
  // On a page without reports, gone quiet: a token request still under way (the Overview asks one per scope
  // set, incremental consent) would otherwise write a refresh token back after the removal below, and MSAL
  // would renew through it instead of the iframe.
  await signIn(page, 'security-lead', '/nothing-here');
  await page.waitForLoadState('networkidle');
  // Without cached access or refresh tokens MSAL must renew in its iframe (prompt=none at the authority).
  const removed = await page.evaluate(() => {
    const keys = Object.keys(sessionStorage).filter((k) => /accesstoken|refreshtoken/i.test(k));
    for (const key of keys) sessionStorage.removeItem(key);
    return keys.length;
  });
  expect(removed).toBeGreaterThan(0);
  const bridge = page.waitForRequest(
    (r) => new URL(r.url()).pathname === '/redirect.html' && r.frame() !== page.mainFrame(),
  );
  await page.goto('/usage');
  await bridge;
  await answerSignInPrompt(page, page.locator('body'), 'security-lead');
  await expect(page.getByTestId('activity-row').first()).toBeVisible();
  expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => /accesstoken/i.test(k)))).toBe(
    true,
  );
  expect(guard.violations).toEqual([]);
});

// A probe appended to config.js, a script the policy allows, tries what an injected payload would try.
const PROBE = `
window.cspProbe = {};
const attempt = (name, run) => {
  try { run(); window.cspProbe[name] = 'ran'; } catch (e) { window.cspProbe[name] = e.name; }
};
attempt('eval', () => eval('alert("eval")'));
attempt('innerHTML', () => { document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>'; });
attempt('inline', () => {
  const script = document.createElement('script');
  script.append('window.cspProbe.inlineRan = "yes"; alert("inline")');
  document.head.append(script);
});
`;

test('the policy is enforced: eval, innerHTML and an injected inline script are refused and reported', async ({
  page,
}) => {
  const guard = await guardPage(page);
  await page.route('**/config.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n${PROBE}` });
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  const probe = await page.evaluate(
    () => (window as unknown as { cspProbe: Record<string, string> }).cspProbe,
  );
  expect(probe.eval).toBe('EvalError');
  expect(probe.innerHTML).toBe('TypeError');
  // Inserting the element is allowed; running its text is not.
  expect(probe.inlineRan).toBeUndefined();
  // Each refusal is reported (the event and the console), which is what the other specs listen for.
  await expect
    .poll(() => guard.violations.filter((v) => v.startsWith('require-trusted-types-for')).length)
    .toBe(3);
  expect(guard.violations.some((v) => v.startsWith('console:'))).toBe(true);
  expect(guard.dialogs).toEqual([]);
});

test('the Permissions-Policy names only features the browser knows: no console warning on any page load', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/permissions-policy|unrecognized feature/i.test(message.text())) warnings.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(warnings).toEqual([]);
});
