import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { restrictedUnitMemberIds } from '../support/tenant.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { parseCsv } from '../support/csv.ts';
import { graphReader, injectFault } from '../support/emulator.ts';
import { retirementTruth } from '../support/retirement-truth.ts';
import { signIn } from '../support/sign-in.ts';
import { strengthOf, type Strength } from '../support/strength-rules.ts';
import { ROLE_TEMPLATE } from '../../entra-facts/role-templates.ts';

const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);

interface Row {
  id: string;
  userPrincipalName: string;
  isAdmin: boolean | null;
  methodsRegistered: string[] | null;
}
// The tiers written out again for the test (docs/graph-notes.md §11.1 ids), apart from the app's code.
const GLOBAL_ADMIN = ROLE_TEMPLATE.globalAdministrator;
const PRIVILEGED = new Set([
  'e8611ab8-c189-46e8-94e1-60213ab1f814', // Privileged Role Administrator
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', // Privileged Authentication Administrator
  '194ae4cb-b126-40b2-bd5b-6091b380977d', // Security Administrator
  'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', // Conditional Access Administrator
  '29232cdf-9323-42fd-ade2-1d097af3e4de', // Exchange Administrator
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', // SharePoint Administrator
  '729827e3-9c14-49f7-bb1b-9608f156bbb8', // Helpdesk Administrator
  'b0f54661-2d74-4c50-afa3-1ec803f12efe', // Billing Administrator
  'fe930be7-5e62-47db-91af-98c3a49a38b1', // User Administrator
  'c4e39bd9-1100-46d3-8c65-fb160da0071f', // Authentication Administrator
]);
type Tier = 'globalAdmin' | 'privileged' | 'otherAdmin';
const tierOf = (roles: string[]): Tier =>
  roles.includes(GLOBAL_ADMIN)
    ? 'globalAdmin'
    : roles.some((r) => PRIVILEGED.has(r))
      ? 'privileged'
      : 'otherAdmin';

const PHONES = new Set(['mobilePhone', 'alternateMobilePhone', 'officePhone']);
// What the retirement does to a user by their registered methods alone, everyone assumed enabled for SMS and
// voice: what a security lead, whose role cannot read the policy, is shown.
type Cohort = 'mustRegisterPasskey' | 'losesPhoneKeepsMfa' | 'passkeyReady' | 'noPhoneToLose';
function cohortOf(methods: string[] | null): Cohort {
  const strength = strengthOf(methods);
  if (strength === 'phishingResistant') return 'passkeyReady';
  if (!(methods ?? []).some((m) => PHONES.has(m))) return 'noPhoneToLose';
  return strength === 'strong' ? 'losesPhoneKeepsMfa' : 'mustRegisterPasskey';
}

/** The emulator's truth, read through Graph: the report as the security lead, roles as the global admin. */
async function tenantTruth(withEligibility = true) {
  const lead = await graphReader('security-lead');
  const admin = await graphReader('global-admin');
  const rows = await lead.all<Row>('/reports/authenticationMethods/userRegistrationDetails?$top=999');
  // Directory-wide roles only: the page tiers admins by their directory roles, not by unit-scoped ones.
  const assignments = (
    await admin.all<{ principalId: string; roleDefinitionId: string; directoryScopeId: string }>(
      '/roleManagement/directory/roleAssignments',
    )
  ).filter((a) => a.directoryScopeId === '/');
  const eligibilities = withEligibility
    ? await lead.all<{ principalId: string; roleDefinitionId: string }>(
        '/roleManagement/directory/roleEligibilityScheduleInstances',
      )
    : [];
  await lead.dispose();
  await admin.dispose();
  const active = new Map<string, string[]>();
  for (const a of assignments)
    active.set(a.principalId, [...(active.get(a.principalId) ?? []), a.roleDefinitionId]);
  const eligible = new Map<string, string[]>();
  for (const e of eligibilities)
    eligible.set(e.principalId, [...(eligible.get(e.principalId) ?? []), e.roleDefinitionId]);
  const admins = rows
    .filter((r) => r.isAdmin === true || active.has(r.id) || eligible.has(r.id))
    .map((r) => ({
      id: r.id,
      upn: r.userPrincipalName,
      tier: tierOf([...(active.get(r.id) ?? []), ...(eligible.get(r.id) ?? [])]),
      strength: strengthOf(r.methodsRegistered),
    }));
  return { rows, admins };
}

function watch429(page: Page): () => string[] {
  const throttled: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 429) throttled.push(r.url());
  });
  return () => throttled;
}

const STRENGTHS: Strength[] = ['phishingResistant', 'strong', 'weakOnly', 'none'];
const TIERS: Tier[] = ['globalAdmin', 'privileged', 'otherAdmin'];

test('privileged coverage shows the tenant’s own admins by tier and method, each number opening them', async ({
  page,
}) => {
  const { admins } = await tenantTruth();
  const throttled = watch429(page);
  const lacking = admins.filter((a) => a.strength !== 'phishingResistant');
  expect(admins.length).toBeGreaterThan(0);

  await signIn(page, 'security-lead', '/privileged');
  await expect(page.getByRole('heading', { name: 'Privileged coverage', level: 1 })).toBeVisible();
  await expect(page.getByTestId('privileged-headline')).toContainText(
    `${fmt(lacking.length)} of ${fmt(admins.length)} admins lack a phishing-resistant method`,
    { timeout: 45_000 },
  );
  // The security lead may read PIM eligibility: no "could not be read" notice.
  await expect(page.getByTestId('eligibility-unreadable')).toHaveCount(0);

  for (const tier of [...TIERS, 'all' as const]) {
    const inTier = admins.filter((a) => tier === 'all' || a.tier === tier);
    for (const strength of STRENGTHS)
      await expect(page.getByTestId(`coverage-${tier}-${strength}`)).toHaveText(
        fmt(inTier.filter((a) => a.strength === strength).length),
      );
    await expect(page.getByTestId(`coverage-${tier}-lacking`)).toHaveText(
      fmt(inTier.filter((a) => a.strength !== 'phishingResistant').length),
    );
    await expect(page.getByTestId(`coverage-${tier}-all`)).toHaveText(fmt(inTier.length));
  }
  await expectNoSeriousA11yViolations(page);

  // The headline's numbers open the admins behind them.
  await page.getByTestId('headline-total').click();
  await expect(page).toHaveURL(/tier=all&strength=all/);
  await expect(page.getByTestId('admin-table').locator('tbody tr')).toHaveCount(Math.min(25, admins.length));
  await page.getByTestId('headline-lacking').click();
  await expect(page).toHaveURL(/tier=all&strength=lacking/);
  await expect(page.getByTestId('admin-table').locator('tbody tr')).toHaveCount(Math.min(25, lacking.length));
  // The admins behind the number, exported: a CSV of exactly their UPNs.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-all-lacking').click();
  const exported = parseCsv(await readFile(await (await download).path(), 'utf8'));
  expect(exported[0]).toEqual(['userPrincipalName']);
  const neutral = (upn: string) => (/^[=+\-@\t\r]/.test(upn) ? `'${upn}` : upn);
  expect(
    exported
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(lacking.map((a) => neutral(a.upn)).sort());

  // Open the users behind a cell: the URL names the selection, the table lists exactly those admins.
  const cell = TIERS.map((tier) => ({
    tier,
    ids: lacking.filter((a) => a.tier === tier).map((a) => a.id),
  })).find((c) => c.ids.length > 0 && c.ids.length <= 25);
  expect(cell).toBeDefined();
  await page.getByTestId(`coverage-${cell!.tier}-lacking`).click();
  await expect(page).toHaveURL(new RegExp(`tier=${cell!.tier}&strength=lacking`));
  const rows = page.getByTestId('admin-table').locator('tbody tr');
  await expect(rows).toHaveCount(cell!.ids.length);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-user-id')));
  expect(shown.sort()).toEqual([...cell!.ids].sort());

  // The selection survives a reload (shareable), and a name opens the user's page.
  await page.reload();
  await expect(page.getByTestId('admin-table').locator('tbody tr')).toHaveCount(cell!.ids.length, {
    timeout: 45_000,
  });
  const first = page.getByTestId('admin-table').locator('tbody tr').first();
  const firstId = await first.getAttribute('data-user-id');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/users/${firstId}$`));
  expect(throttled()).toEqual([]);
});

test('excluding a named admin with a reason drops them from every figure and list, and the URL keeps it', async ({
  page,
}) => {
  const { admins } = await tenantTruth();
  const lacking = admins.filter((a) => a.strength !== 'phishingResistant');
  // A lacking admin of a tier small enough that its list fits one page.
  const victim = lacking.find(
    (a) => lacking.filter((b) => b.tier === a.tier).length <= 25 && /^[^|]+@[^|]+$/.test(a.upn),
  );
  expect(victim).toBeDefined();
  const reason = 'Break-glass account, kept in the safe';

  await signIn(page, 'security-lead', '/privileged');
  const headline = page.getByTestId('privileged-headline');
  await expect(headline).toContainText(`${fmt(lacking.length)} of ${fmt(admins.length)} admins`, {
    timeout: 45_000,
  });
  await page.getByRole('button', { name: 'Exclusions' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await dialog.getByLabel('Account 1 UPN').fill(victim!.upn);
  await dialog.getByLabel('Account 1 reason').fill(reason);
  await dialog.getByRole('button', { name: 'Apply exclusions' }).click();

  await expect(headline).toContainText(`${fmt(lacking.length - 1)} of ${fmt(admins.length - 1)} admins`);
  await expect(page.getByTestId('coverage-all-all')).toHaveText(fmt(admins.length - 1));
  expect(new URL(page.url()).searchParams.getAll('exAccount')).toEqual([
    `${victim!.upn.toLowerCase()}|${reason}`,
  ]);
  const line = page.getByTestId('exclusion-line').first();
  await expect(line).toContainText(victim!.upn.toLowerCase());
  await expect(line).toContainText(reason);
  await expect(page.getByRole('button', { name: 'Exclusions (1)' })).toBeVisible();
  // The dialog closed over the chart: move the pointer off it so no hover tooltip is audited.
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page);

  // The number opens the admins behind it, with the exclusion kept: the excluded admin is not listed.
  const inTier = lacking.filter((a) => a.tier === victim!.tier && a.id !== victim!.id);
  await page.getByTestId(`coverage-${victim!.tier}-lacking`).click();
  await expect(page).toHaveURL(/exAccount=/);
  const rows = page.getByTestId('admin-table').locator('tbody tr');
  await expect(rows).toHaveCount(inTier.length);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-user-id')));
  expect(shown.sort()).toEqual(inTier.map((a) => a.id).sort());

  // A shared link counts the same: the exclusion comes back from the URL alone.
  await page.reload();
  await expect(headline).toContainText(`${fmt(lacking.length - 1)} of ${fmt(admins.length - 1)} admins`, {
    timeout: 45_000,
  });
  // The retirement lens reads the same parameter: its total leaves the admin out too.
  const query = new URL(page.url()).search.replace(/[?&](tier|strength)=[^&]*/g, '');
  await page.goto(`/retirement?${query.replace(/^[?&]/, '')}`);
  await expect(page.getByTestId('exclusion-line').first()).toContainText(reason);
});

test('without a PIM licence the lens says so and counts active roles only', async ({ page, appId }) => {
  const { admins } = await tenantTruth(false);
  await injectFault({
    appId,
    path: '^/roleManagement/directory/roleEligibilityScheduleInstances',
    status: 400,
    code: 'AadPremiumLicenseRequired',
    message: 'The tenant needs an AAD Premium 2 license.',
    count: 5,
  });
  await signIn(page, 'security-lead', '/privileged');
  const notice = page.getByTestId('eligibility-unreadable');
  await expect(notice).toContainText('counting active roles only', { timeout: 45_000 });
  await expect(notice).toContainText('AadPremiumLicenseRequired');
  const lacking = admins.filter((a) => a.strength !== 'phishingResistant').length;
  await expect(page.getByTestId('privileged-headline')).toContainText(
    `${fmt(lacking)} of ${fmt(admins.length)} admins lack a phishing-resistant method`,
  );
  for (const tier of TIERS)
    await expect(page.getByTestId(`coverage-${tier}-all`)).toHaveText(
      fmt(admins.filter((a) => a.tier === tier).length),
    );
  await expectNoSeriousA11yViolations(page);
});

test('SMS and voice retirement cohorts match the tenant, open their users and export their UPNs', async ({
  page,
}) => {
  const { rows } = await tenantTruth();
  const throttled = watch429(page);
  const cohorts: Record<Cohort, Row[]> = {
    mustRegisterPasskey: [],
    losesPhoneKeepsMfa: [],
    passkeyReady: [],
    noPhoneToLose: [],
  };
  for (const row of rows) cohorts[cohortOf(row.methodsRegistered)].push(row);

  await signIn(page, 'security-lead', '/retirement');
  await expect(page.getByRole('heading', { name: 'SMS and voice retirement', level: 1 })).toBeVisible();
  const days = Math.floor((Date.UTC(2027, 1, 1) - Date.now()) / 86_400_000);
  await expect(page.getByTestId('countdown-february-days')).toHaveText(
    new RegExp(`^(${fmt(days)}|${fmt(days - 1)})$`),
  );
  for (const [cohort, members] of Object.entries(cohorts)) {
    await expect(page.getByTestId(`cohort-${cohort}-count`)).toHaveText(fmt(members.length), {
      timeout: 45_000,
    });
    await expect(page.getByTestId(`cohort-${cohort}-share`)).toContainText(`of ${fmt(rows.length)} users`);
  }
  await expectNoSeriousA11yViolations(page);

  // Open a cohort: its table pages through exactly its users.
  const cohort: Cohort = 'losesPhoneKeepsMfa';
  const expected = cohorts[cohort];
  expect(expected.length).toBeGreaterThan(0);
  await page.getByTestId(`cohort-${cohort}-count`).click();
  await expect(page).toHaveURL(new RegExp(`cohort=${cohort}`));
  const table = page.getByTestId('cohort-table').locator('tbody tr');
  await expect(table).toHaveCount(Math.min(25, expected.length));
  const ids = new Set(expected.map((r) => r.id));
  // Polled: the previous selection's rows have the same count until the new cohort renders.
  await expect
    .poll(async () => {
      const firstPage = await table.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-user-id')));
      return firstPage.filter((id) => id === null || !ids.has(id));
    })
    .toEqual([]);

  // Export the at-risk cohort: the file's UPNs are the cohort's.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-mustRegisterPasskey').first().click();
  const file = await (await download).path();
  const records = parseCsv(await readFile(file, 'utf8'));
  expect(records[0]![0]).toBe('userPrincipalName');
  const neutralise = (upn: string) => (/^[=+\-@\t\r]/.test(upn) ? `'${upn}` : upn);
  expect(
    records
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(cohorts.mustRegisterPasskey.map((r) => neutralise(r.userPrincipalName)).sort());
  expect(throttled()).toEqual([]);
});

test('a throttled scan shows the calm rate-limit note, then the cohorts', async ({ page, appId }) => {
  // Graph hides Retry-After from scripts: the app backs off on its own and says why it waits.
  await injectFault({
    appId,
    path: '^/reports/authenticationMethods/userRegistrationDetails',
    status: 429,
    retryAfter: null,
    count: 2,
  });
  await signIn(page, 'security-lead', '/retirement');
  await expect(page.getByTestId('rate-limit-notice')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('cohort-mustRegisterPasskey-count')).toHaveText(/^[\d,]+$/, {
    timeout: 45_000,
  });
  await expect(page.getByTestId('rate-limit-notice')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a failing scan says what went wrong and recovers with Try again', async ({ page, appId }) => {
  await injectFault({
    appId,
    path: '^/reports/authenticationMethods/userRegistrationDetails',
    status: 500,
    count: 3,
  });
  await signIn(page, 'security-lead', '/privileged');
  const alert = page.getByRole('alert').filter({ hasText: 'Microsoft Graph had a problem' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText(/request-id [0-9a-f-]{36}/);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('privileged-headline')).toContainText(
    'admins lack a phishing-resistant method',
    {
      timeout: 45_000,
    },
  );
});

test('the countdown moves on while the page stays open', async ({ page }) => {
  await page.clock.install();
  await signIn(page, 'security-lead', '/retirement');
  const minutes = page.getByTestId('countdown-february-minutes');
  const hours = page.getByTestId('countdown-february-hours');
  const read = async () => Number(await hours.textContent()) * 60 + Number(await minutes.textContent());
  await expect(minutes).toHaveText(/^\d+$/);
  const before = await read();
  await page.clock.fastForward('05:00');
  await expect.poll(read).not.toBe(before);
});

test('the phone + strong cohort can lose its phones through the helpdesk’s previewed bulk delete', async ({
  page,
}) => {
  await signIn(page, 'global-admin', '/retirement?cohort=losesPhoneKeepsMfa');
  const count = page.getByTestId('cohort-losesPhoneKeepsMfa-count');
  await expect(count).toHaveText(/^[\d,]+$/, { timeout: 45_000 });
  const users = Number((await count.textContent())!.replace(/,/g, ''));
  // A Global Administrator manages everyone but the members of a restricted management unit
  // (admin-units-restricted-management.md).
  // A Global Administrator reads the policy: the cohort is who it enables for SMS or voice.
  const truth = await retirementTruth();
  const restricted = await restrictedUnitMemberIds();
  const shielded = truth.rows.filter(
    (r) => truth.outcomeOf.get(r.id) === 'losesPhoneKeepsMfa' && restricted.has(r.id),
  ).length;
  await page.getByTestId('remove-phones').click();
  const dialog = page.getByRole('dialog');
  // The preview only (this spec must not change the tenant).
  await expect(dialog.getByTestId('cleanup-summary')).toContainText(
    `of ${users - shielded} user(s) will be deleted`,
    { timeout: 60_000 },
  );
  if (shielded > 0)
    await expect(dialog.getByTestId('cleanup-summary')).toContainText(`${shielded} user(s) will be skipped`);
  else await expect(dialog.getByTestId('cleanup-summary')).not.toContainText('skipped');
  await expect(dialog).toContainText('codes that stop on their retirement date');
  await expect(dialog.getByTestId('cleanup-run')).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({
      path: `screenshots/retirement-remove-phones-${scheme}.png`,
      animations: 'disabled',
    });
  }
  await dialog.getByTestId('cleanup-close').click();
  await expect(dialog).toBeHidden();
});
