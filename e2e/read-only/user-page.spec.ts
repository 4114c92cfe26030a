import { mkdirSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { graphAs } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { type UserRow } from '../support/tenant.ts';

interface Method {
  '@odata.type': string;
  id: string;
}

const KIND_OF_TYPE: Record<string, string> = {
  '#microsoft.graph.passwordAuthenticationMethod': 'password',
  '#microsoft.graph.phoneAuthenticationMethod': 'phone',
  '#microsoft.graph.emailAuthenticationMethod': 'email',
  '#microsoft.graph.fido2AuthenticationMethod': 'fido2',
  '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod': 'microsoftAuthenticator',
  '#microsoft.graph.softwareOathAuthenticationMethod': 'softwareOath',
  '#microsoft.graph.temporaryAccessPassAuthenticationMethod': 'temporaryAccessPass',
  '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod': 'windowsHelloForBusiness',
  '#microsoft.graph.platformCredentialAuthenticationMethod': 'platformCredential',
};

const methodsOf = async (id: string) =>
  (await graphAs<{ value: Method[] }>('privileged-helpdesk', `/users/${id}/authentication/methods`, 'beta'))
    .value;

/**
 * A user with 5+ methods and a plain name: first name plus the start of the surname narrows the
 * search to a handful (Graph's $search matches word prefixes; the box shows 10).
 */
async function pickUser(): Promise<{ user: UserRow; term: string; methods: Method[] }> {
  const users = (
    await graphAs<{ value: UserRow[] }>(
      'privileged-helpdesk',
      '/users?$select=id,displayName,userPrincipalName&$top=999',
    )
  ).value;
  const words = users.map((u) => (u.displayName ?? '').toLowerCase().split(/\s+/));
  for (const user of users) {
    const name = user.displayName ?? '';
    if (!/^[A-Za-z]+ [A-Za-z]{3,}$/.test(name)) continue;
    const [first = '', surname = ''] = name.split(' ');
    const term = `${first} ${surname.slice(0, 3)}`;
    const tokens = term.toLowerCase().split(' ');
    const matches = words.filter((w) => tokens.every((t) => w.some((word) => word.startsWith(t)))).length;
    if (matches > 8) continue;
    const methods = await methodsOf(user.id);
    if (methods.length >= 5) return { user, term, methods };
  }
  throw new Error('no user with 5+ methods and a searchable name');
}

const isGraphCall = (request: Request) => /\/(v1\.0|beta)\//.test(new URL(request.url()).pathname);

async function searchAndOpen(page: Page, term: string, user: UserRow) {
  await page.locator('body').click({ position: { x: 5, y: 200 } });
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search users' });
  await expect(box).toBeFocused();
  await box.pressSequentially(term, { delay: 40 });
  const option = page.getByRole('option').filter({ hasText: user.userPrincipalName });
  await expect(option).toBeVisible();
  await option.click();
}

test('helpdesk finds a user with "/" and sees exactly the methods Graph has, from one $batch', async ({
  page,
}) => {
  const { user, term, methods } = await pickUser();
  await signIn(page, 'helpdesk');
  // The sign-in's own reads (roles, role assignments: a token for a new scope first) settle before counting.
  await page.waitForLoadState('networkidle');

  const graphCalls: Request[] = [];
  let counting = false;
  page.on('request', (request) => {
    if (counting && isGraphCall(request)) graphCalls.push(request);
  });
  await page.keyboard.press('Escape');
  await searchAndOpen(page, term.toUpperCase(), user);
  counting = true;
  await expect(page).toHaveURL(new RegExp(`/users/${user.id}$`));
  await expect(page.getByTestId('user-upn')).toHaveText(user.userPrincipalName);

  const listed = page.getByTestId('method');
  await expect(listed).toHaveCount(methods.length);
  const shown = await listed.evaluateAll((items) =>
    items.map(
      (item) => `${(item as HTMLElement).dataset.methodKind}:${(item as HTMLElement).dataset.methodId}`,
    ),
  );
  expect(shown.sort()).toEqual(
    methods.map((m) => `${KIND_OF_TYPE[m['@odata.type']] ?? 'other'}:${m.id}`).sort(),
  );
  await expect(page.getByTestId('registration-no-access')).toContainText(
    'cannot read the registration report',
  );

  // Everything arrived; nothing else is pending: the page made one Graph request, the batch.
  await page.waitForLoadState('networkidle');
  expect(graphCalls.map((r) => `${r.method()} ${new URL(r.url()).pathname}`)).toEqual(['POST /beta/$batch']);
  await expectNoSeriousA11yViolations(page);
});

test('security lead sees the registration summary', async ({ page }) => {
  const { user } = await pickUser();
  await signIn(page, 'security-lead', `/users/${user.id}`);
  const summary = page.getByTestId('registration-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('MFA capable');
  await expect(summary).toContainText('Passwordless capable');
  await expectNoSeriousA11yViolations(page);
});

test('an unknown user id shows "No such user"', async ({ page }) => {
  await signIn(page, 'helpdesk', '/users/00000000-0000-0000-0000-000000000000');
  await expect(page.getByText('No such user')).toBeVisible();
});

const DIR = 'screenshots';
for (const scheme of ['light', 'dark'] as const) {
  test(`user page screenshots (${scheme})`, async ({ page }) => {
    mkdirSync(DIR, { recursive: true });
    const { user, term } = await pickUser();
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, 'global-reader');
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search users' }).pressSequentially(term, { delay: 40 });
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await page.screenshot({ path: `${DIR}/user-search-${scheme}.png` });
    await page.goto(`/users/${user.id}`);
    await expect(page.getByTestId('method').first()).toBeVisible();
    await expect(page.getByTestId('registration-summary')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${DIR}/user-page-${scheme}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${DIR}/user-page-mobile-${scheme}.png`, fullPage: true });

    // The tenant seeds hostile names (markup, 5,000 characters, RTL overrides): text, clipped, no overflow.
    const hostile = (
      await graphAs<{ value: UserRow[] }>(
        'privileged-helpdesk',
        '/users?$select=id,displayName,userPrincipalName&$top=999',
      )
    ).value.find((u) => (u.displayName ?? '').length > 1000);
    expect(hostile).toBeDefined();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/users/${hostile!.id}`);
    await expect(page.getByTestId('user-upn')).toHaveText(hostile!.userPrincipalName);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${DIR}/user-page-hostile-${scheme}.png`, fullPage: true });
  });
}
