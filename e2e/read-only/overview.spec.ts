import type {
  UserRegistrationFeatureSummary,
  UserRegistrationMethodSummary,
} from '@microsoft/microsoft-graph-types-beta';
import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { graphAs, injectFault, throttleFeatureSummary } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { strengthOf, type Strength } from '../support/strength-rules.ts';

const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);

test('security lead signs in and sees the tenant’s own adoption numbers', async ({ page }) => {
  const features = await graphAs<UserRegistrationFeatureSummary>(
    'security-lead',
    "/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='all',includedUserRoles='all')",
  );
  const methods = await graphAs<UserRegistrationMethodSummary>(
    'security-lead',
    "/reports/authenticationMethods/usersRegisteredByMethod(includedUserTypes='all',includedUserRoles='all')",
  );
  const count = (feature: string) =>
    Number(features.userRegistrationFeatureCounts?.find((c) => c.feature === feature)?.userCount);

  await signIn(page, 'security-lead');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByTestId('kpi-total-value')).toHaveText(fmt(Number(features.totalUserCount)));
  for (const feature of [
    'mfaCapable',
    'ssprRegistered',
    'ssprEnabled',
    'ssprCapable',
    'passwordlessCapable',
  ]) {
    await expect(page.getByTestId(`kpi-${feature}-value`)).toHaveText(fmt(count(feature)));
    const share = count(feature) / Number(features.totalUserCount);
    await expect(page.getByTestId(`kpi-${feature}-caption`)).toContainText(
      new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(share),
    );
  }

  // The chart draws one bar per registered method; the table lists every method with its count.
  const registered = (methods.userRegistrationMethodCounts ?? []).filter((m) => Number(m.userCount) > 0);
  await expect(
    page.getByRole('region', { name: 'Users per method' }).locator('.recharts-bar-rectangle'),
  ).toHaveCount(registered.length);
  await page.getByRole('button', { name: 'Table' }).click();
  for (const m of methods.userRegistrationMethodCounts ?? []) {
    await expect(page.locator(`tr[data-method="${m.authenticationMethod}"] td`).nth(1)).toHaveText(
      fmt(Number(m.userCount)),
    );
  }
  await expectNoSeriousA11yViolations(page);
});

test('account menu names the operator and their roles, and signs out through the authority', async ({
  page,
}) => {
  await signIn(page, 'security-lead');
  await page.getByRole('button', { name: /^Account:/ }).click();
  await expect(page.getByTestId('account-name')).toHaveText('Lidia Holloway');
  await expect(page.getByTestId('account-username')).toHaveText('lidiah@contoso.onmicrosoft.com');
  await expect(page.getByTestId('account-roles')).toContainText('Security Reader');
  await expect(page.getByTestId('account-roles')).toContainText('Reports Reader');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('accesstoken'))),
  ).toEqual([]);
});

test('a helpdesk agent who opens the Overview is told once which role the reports need, and Graph is not asked', async ({
  page,
}) => {
  const reports: string[] = [];
  page.on('request', (r) => {
    if (/\/reports\//.test(r.url())) reports.push(r.url());
  });
  await signIn(page, 'helpdesk');
  await expect(page).toHaveURL(/\/helpdesk$/);
  reports.length = 0;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Overview/ })
    .click();
  const explanation = page.getByTestId('reports-need-role');
  await expect(explanation).toContainText('Reports Reader');
  await expect(explanation).toContainText('Your roles (Authentication Administrator) do not include one');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(reports).toEqual([]);
});

test('a throttled report waits and recovers by itself, without an error flash', async ({ page, appId }) => {
  // Graph hides Retry-After from scripts, so the app must back off on its own.
  await throttleFeatureSummary(appId);
  await signIn(page, 'security-lead');
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/, { timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('one failing report leaves the rest of the page working, and says what to do', async ({
  page,
  appId,
}) => {
  await injectFault({
    appId,
    path: '^/reports/authenticationMethods/usersRegisteredByMethod',
    status: 500,
    count: 10,
  });
  await signIn(page, 'security-lead');
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/);
  const alert = page.getByRole('alert').filter({ hasText: 'Microsoft Graph had a problem' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText('InternalServerError');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});

const featureSummary = (userTypes: string, userRoles: string) =>
  graphAs<UserRegistrationFeatureSummary>(
    'security-lead',
    `/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='${userTypes}',includedUserRoles='${userRoles}')`,
  );

interface StrengthPage {
  value: { id: string; isAdmin?: boolean | null; methodsRegistered?: string[] | null }[];
  '@odata.nextLink'?: string;
}

/** graphAs takes a path under /v1.0 or /beta; a nextLink is absolute. */
const pathOf = (nextLink: string) => {
  const url = new URL(nextLink);
  return url.pathname.replace(/^\/(v1\.0|beta)/, '') + url.search;
};

/** Every row of a registration-report query, paging with Graph's nextLinks. */
async function allRows(path: string, version: 'v1.0' | 'beta' = 'v1.0') {
  let page = await graphAs<StrengthPage>('security-lead', path, version);
  const rows = [...page.value];
  while (page['@odata.nextLink']) {
    page = await graphAs<StrengthPage>('security-lead', pathOf(page['@odata.nextLink']), version);
    rows.push(...page.value);
  }
  return rows;
}

test('all five KPIs and every strength group match the emulator, and a group opens exactly its users', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const rows = await allRows(
    '/reports/authenticationMethods/userRegistrationDetails?$select=id,isAdmin,methodsRegistered&$top=999',
  );
  const expected = { overall: new Map<Strength, number>(), admins: new Map<Strength, number>() };
  for (const row of rows) {
    const s = strengthOf(row.methodsRegistered);
    expected.overall.set(s, (expected.overall.get(s) ?? 0) + 1);
    if (row.isAdmin) expected.admins.set(s, (expected.admins.get(s) ?? 0) + 1);
  }

  await signIn(page, 'security-lead');
  await expect(page.getByTestId('report-as-of')).toBeVisible({ timeout: 30_000 });
  for (const group of ['overall', 'admins'] as const) {
    for (const s of ['phishingResistant', 'strong', 'weakOnly', 'none'] as const) {
      await expect(page.getByTestId(`strength-${group}-${s}`)).toHaveText(fmt(expected[group].get(s) ?? 0));
    }
  }
  await expect(page.getByTestId('strength-unrecognised')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Click the admins' largest group through to the list. Graph refuses the class's `or` / `not` by default, so
  // the list filters here and says so: every row it shows is in the group, and it shows the group's size (up to
  // a page).
  const target = (['phishingResistant', 'strong', 'weakOnly', 'none'] as const).reduce((a, b) =>
    (expected.admins.get(b) ?? 0) > (expected.admins.get(a) ?? 0) ? b : a,
  );
  const targetLabel = {
    phishingResistant: 'Phishing-resistant',
    strong: 'Strong',
    weakOnly: 'Weak only',
    none: 'None',
  }[target];
  await page.getByTestId(`strength-admins-${target}`).click();
  await expect(page).toHaveURL(new RegExp(`/registration\\?admin=true&strength=${target}$`));
  await expect(page.getByRole('combobox', { name: 'Strongest method' })).toHaveText(targetLabel);
  await expect(page.getByTestId('filtered-locally')).toBeVisible({ timeout: 45_000 });
  const idsOf = (strength: Strength, adminsOnly: boolean) =>
    new Set(
      rows
        .filter((r) => strengthOf(r.methodsRegistered) === strength && (!adminsOnly || r.isAdmin))
        .map((r) => r.id),
    );
  // The grid renders only the rows in view; its footer counts the page ("1–26 of 26", or "of more than 50").
  const shownRows = async () => {
    await expect(page.locator('.MuiDataGrid-row[data-id]').first()).toBeVisible({ timeout: 45_000 });
    return page
      .locator('.MuiDataGrid-row[data-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  };
  const PAGE = 50;
  const footer = (size: number) => (size > PAGE ? `1–${PAGE} of more than ${PAGE}` : `1–${size} of ${size}`);
  const admins = idsOf(target, true);
  const shown = await shownRows();
  expect(shown.every((id) => id !== null && admins.has(id))).toBe(true);
  await expect(page.locator('.MuiTablePagination-displayedRows')).toHaveText(footer(admins.size));

  // And every group's filter, overall, shows only the group's users.
  for (const s of ['phishingResistant', 'strong', 'weakOnly', 'none'] as const) {
    const group = idsOf(s, false);
    if (group.size === 0) continue;
    await page.goto(`/registration?strength=${s}`);
    // Each reload reads the report again, at the reports' pace (5 requests per 10 s).
    await expect(page.getByTestId('filtered-locally')).toBeVisible({ timeout: 45_000 });
    const ids = await shownRows();
    expect(
      ids.every((id) => id !== null && group.has(id)),
      s,
    ).toBe(true);
    await expect(page.locator('.MuiTablePagination-displayedRows')).toHaveText(footer(group.size));
  }
});

test('the scope controls ask Graph for that scope, keep it in the URL and carry it into the links', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const scoped = await featureSummary('member', 'admin');
  const count = (feature: string) =>
    Number(scoped.userRegistrationFeatureCounts?.find((c) => c.feature === feature)?.userCount);
  await signIn(page, 'security-lead');
  await expect(page.getByTestId('kpi-total-value')).toHaveText(/^[\d,]+$/);
  await page.getByRole('combobox', { name: 'User type' }).selectOption({ label: 'Members' });
  await page.getByRole('combobox', { name: 'User role' }).selectOption({ label: 'Admins' });
  await expect(page).toHaveURL(/\?userTypes=member&userRoles=admin$/);
  await expect(page.getByTestId('kpi-total-value')).toHaveText(fmt(Number(scoped.totalUserCount)));
  for (const feature of [
    'mfaCapable',
    'ssprRegistered',
    'ssprEnabled',
    'ssprCapable',
    'passwordlessCapable',
  ]) {
    await expect(page.getByTestId(`kpi-${feature}-value`)).toHaveText(fmt(count(feature)));
  }
  await expect(
    page.getByTestId('kpi-mfaCapable').getByRole('link', { name: 'Show users without (not MFA capable)' }),
  ).toHaveAttribute('href', '/registration?userType=member&admin=true&mfaCapable=false');

  // A shared link opens the same scope.
  const guests = await featureSummary('guest', 'user');
  await page.goto('/?userTypes=guest&userRoles=user');
  await expect(page.getByTestId('kpi-total-value')).toHaveText(fmt(Number(guests.totalUserCount)));
  await expect(page.getByRole('combobox', { name: 'User type' })).toHaveValue('guest');
});

test('a tenant without Entra ID P1 is told the licence it needs', async ({ page, appId }) => {
  await injectFault({
    appId,
    path: '^/reports/authenticationMethods/',
    status: 403,
    code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    message: 'Tenant does not have a SKU required for this feature.',
    count: 50,
  });
  await signIn(page, 'security-lead');
  await expect(
    page.getByRole('alert').filter({ hasText: 'This report needs Microsoft Entra ID P1 or P2' }).first(),
  ).toBeVisible({ timeout: 30_000 });
});

test('throttling shows a calm “waiting for the rate limit” note, then the numbers', async ({
  page,
  appId,
}) => {
  await throttleFeatureSummary(appId);
  await signIn(page, 'security-lead');
  await expect(page.getByTestId('rate-limit-notice')).toContainText('Waiting for Graph’s rate limit');
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/, { timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a failing strength scan leaves the tiles and charts working', async ({ page, appId }) => {
  await injectFault({
    appId,
    path: '^/reports/authenticationMethods/userRegistrationDetails',
    status: 403,
    code: 'Authorization_RequestDenied',
    count: 20,
  });
  await signIn(page, 'security-lead');
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'You do not have access to this data' });
  await expect(alert).toContainText('Reports Reader');
});
