import type { Page } from '@playwright/test';
import { E2E_EMULATOR_URL } from '../../playwright.config.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { graphAs, graphReader, graphStatusProbe, injectFault } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { isPersona } from '../support/tenant.ts';
import { expect, test } from '../support/test.ts';

interface Method {
  '@odata.type': string;
  id: string;
  displayName?: string | null;
  phoneNumber?: string | null;
  lastUsedDateTime?: string | null;
  methodUsabilityReason?: string | null;
}
interface Assignment {
  principalId: string;
}

const DAY = 86_400_000;
const kindOf = (m: Method) =>
  m['@odata.type'].replace('#microsoft.graph.', '').replace('AuthenticationMethod', '');

/** The admins (every role holder) and their methods, read from the emulator as the truth. */
async function adminTruth() {
  const assignments = (
    await graphAs<{ value: Assignment[] }>('global-admin', '/roleManagement/directory/roleAssignments')
  ).value;
  const ids = [...new Set(assignments.map((a) => a.principalId))];
  const reader = await graphReader('privileged-helpdesk');
  const users = await Promise.all(
    ids.map(async (id) => ({
      id,
      upn: (await reader.get<{ userPrincipalName: string }>(`/users/${id}?$select=userPrincipalName`))
        .userPrincipalName,
      methods: (await reader.get<{ value: Method[] }>(`/users/${id}/authentication/methods`, 'beta')).value,
    })),
  );
  await reader.dispose();
  return users;
}

/** The findings' rules, written out independently of the app's code. */
function expectedCounts(users: { id: string; methods: Method[] }[], now: number) {
  let stale = 0;
  let unknown = 0;
  let duplicates = 0;
  let taps = 0;
  const phoneHolders = new Map<string, Set<string>>();
  for (const user of users) {
    const devices = new Map<string, number>();
    for (const m of user.methods) {
      const kind = kindOf(m);
      if (kind !== 'password' && kind !== 'temporaryAccessPass') {
        if (!m.lastUsedDateTime) unknown++;
        else if (now - Date.parse(m.lastUsedDateTime) >= 90 * DAY) stale++;
      }
      if (
        (kind === 'microsoftAuthenticator' || kind === 'windowsHelloForBusiness') &&
        m.displayName?.trim()
      ) {
        const key = `${kind}|${m.displayName.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()}`;
        devices.set(key, (devices.get(key) ?? 0) + 1);
      }
      if (
        kind === 'temporaryAccessPass' &&
        /^(enabledbypolicy|notyetvalid)$/i.test(m.methodUsabilityReason ?? '')
      )
        taps++;
      if (kind === 'phone' && m.phoneNumber) {
        const [main = '', ext] = m.phoneNumber.split(/x/i);
        const key = `+${main.replace(/\D/g, '')}${ext ? `x${ext.replace(/\D/g, '')}` : ''}`;
        phoneHolders.set(key, new Set([...(phoneHolders.get(key) ?? []), user.id]));
      }
    }
    for (const n of devices.values()) duplicates += n - 1;
  }
  const phones = [...phoneHolders.values()].filter((s) => s.size > 1).length;
  return { stale, unknown, duplicates, taps, phones };
}

/** Every 429 the app met, on a request or inside a batch: the scan must stay under Graph's limits. */
function count429s(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('response', async (response) => {
    if (!response.url().startsWith(E2E_EMULATOR_URL)) return;
    if (response.status() === 429) seen.count++;
    if (response.url().endsWith('/$batch') && response.ok()) {
      const body = (await response.json().catch(() => undefined)) as
        { responses?: { status: number }[] } | undefined;
      seen.count += body?.responses?.filter((r) => r.status === 429).length ?? 0;
    }
  });
  return seen;
}

/**
 * Gives the admin cohort a pass and a shared number to find: one admin gets a Temporary Access Pass, another
 * an office phone with a third admin's mobile number. Demo operators are never touched.
 */
async function seedAdminFindings(): Promise<void> {
  const admins = (await adminTruth()).filter((a) => !a.upn || !isPersona({ userPrincipalName: a.upn }));
  const probe = await graphStatusProbe('privileged-helpdesk');
  const kinds = (a: { methods: Method[] }) => a.methods.map(kindOf);
  const tapless = admins.find((a) => !kinds(a).includes('temporaryAccessPass'));
  if (tapless)
    expect(
      await probe.status('POST', `/users/${tapless.id}/authentication/temporaryAccessPassMethods`, {
        lifetimeInMinutes: 120,
        isUsableOnce: true,
      }),
    ).toBe(201);
  const mobile = admins
    .flatMap((a) => a.methods.filter((m) => kindOf(m) === 'phone' && m.phoneNumber).map((m) => ({ a, m })))
    .at(0);
  const officeless = admins.find(
    (a) =>
      a.id !== mobile?.a.id && !a.methods.some((m) => (m as { phoneType?: string }).phoneType === 'office'),
  );
  if (mobile && officeless)
    expect(
      await probe.status('POST', `/users/${officeless.id}/authentication/phoneMethods`, {
        phoneNumber: mobile.m.phoneNumber,
        phoneType: 'office',
      }),
    ).toBe(201);
  await probe.dispose();
}

async function scanAdmins(page: Page) {
  await expect(page.getByRole('radio', { name: 'Admins' })).toBeChecked();
  await page.getByTestId('start-scan').click();
  await expect(page.getByTestId('scan-progress')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
}

test.describe('method hygiene', () => {
  test.describe.configure({ mode: 'serial' });

  test('privileged helpdesk scans the admins: counts match the emulator, links highlight the method', async ({
    page,
  }) => {
    await seedAdminFindings();
    const throttled = count429s(page);
    await signIn(page, 'privileged-helpdesk', '/hygiene');
    await expect(page.getByRole('heading', { name: 'Method hygiene' })).toBeVisible();
    await expect(page.getByText('No scan yet')).toBeVisible();
    await scanAdmins(page);
    const admins = await adminTruth();
    const truth = expectedCounts(admins, Date.now());
    const progress = page.getByTestId('scan-progress');
    const total = Number(await progress.getAttribute('data-total'));
    expect(total).toBe(admins.length);
    await expect(progress).toHaveAttribute('data-done', String(total));
    await expect(page.getByTestId('finding-stale')).toHaveAttribute('data-count', String(truth.stale));
    await expect(page.getByTestId('stale-unknown-count')).toHaveAttribute(
      'data-count',
      String(truth.unknown),
    );
    await expect(page.getByTestId('finding-duplicates')).toHaveAttribute(
      'data-count',
      String(truth.duplicates),
    );
    await expect(page.getByTestId('finding-taps')).toHaveAttribute('data-count', String(truth.taps));
    await expect(page.getByTestId('finding-phones')).toHaveAttribute('data-count', String(truth.phones));
    expect(truth.stale).toBeGreaterThan(0);
    expect(truth.taps).toBeGreaterThan(0);
    expect(truth.duplicates).toBeGreaterThan(0);
    expect(truth.phones).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    // A finding opens the user's page with that method outlined and in view.
    const row = page.getByTestId('stale-table').getByTestId('finding-row').first();
    const methodId = await row.getAttribute('data-method');
    await row.getByTestId('finding-link').click();
    await expect(page).toHaveURL(new RegExp(`/users/[^?]+\\?method=${encodeURIComponent(methodId ?? '')}`));
    const highlighted = page.locator('[data-testid="method"][data-highlighted="true"]');
    await expect(highlighted).toHaveAttribute('data-method-id', methodId ?? '');
    await expect(highlighted).toBeInViewport();
    await expectNoSeriousA11yViolations(page);
    expect(throttled.count).toBe(0);
  });

  test('the whole-tenant scan keeps going while the agent opens a user, and shows again on return', async ({
    page,
  }) => {
    const throttled = count429s(page);
    await signIn(page, 'privileged-helpdesk', '/hygiene?cohort=tenant');
    await expect(page.getByRole('radio', { name: 'Whole tenant' })).toBeChecked();
    await page.getByTestId('start-scan').click();
    const progress = page.getByTestId('scan-progress');
    await expect(progress).toHaveAttribute('data-status', 'scanning', { timeout: 20_000 });
    await expect(page.getByTestId('finding-row').first()).toBeVisible({ timeout: 20_000 });
    await expect(progress).toContainText(/left/);
    const before = Number(await progress.getAttribute('data-done'));
    // In-app navigation to a user's page (no reload), then back.
    // The findings grow and re-sort while the scan runs: click a link by its address, again if a re-render ate it.
    const href = (await page.getByTestId('finding-link').first().getAttribute('href'))!;
    await expect(async () => {
      if (!page.url().includes('/users/')) await page.locator(`a[href="${href}"]`).first().click();
      await expect(page).toHaveURL(/\/users\//, { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.locator('[data-testid="method"][data-highlighted="true"]')).toBeVisible();
    await page.waitForTimeout(3_000);
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Method hygiene' })).toBeVisible();
    await expect(progress).toHaveAttribute('data-status', /scanning|done/);
    await expect
      .poll(async () => Number(await progress.getAttribute('data-done')), { timeout: 30_000 })
      .toBeGreaterThan(before);
    expect(Number(await progress.getAttribute('data-total'))).toBeGreaterThan(500);
    await page.getByTestId('cancel-scan').click();
    await expect(progress).toHaveAttribute('data-status', 'cancelled');
    expect(throttled.count).toBe(0);
  });

  test('bulk clean-up: preview, typed confirmation, one user at a time, gone from the emulator', async ({
    page,
  }) => {
    await signIn(page, 'privileged-helpdesk', '/hygiene');
    await scanAdmins(page);
    // Three stale keys or app registrations of admins who are not demo operators, each of another user.
    const rows = page.getByTestId('stale-table').getByTestId('finding-row');
    const picked: { user: string; method: string }[] = [];
    for (const row of await rows.all()) {
      const [user, method, upn, kind] = await Promise.all(
        ['data-user', 'data-method', 'data-upn', 'data-kind'].map((a) => row.getAttribute(a)),
      );
      if (!user || !method || !upn || isPersona({ userPrincipalName: upn })) continue;
      if (
        !['fido2', 'microsoftAuthenticator', 'softwareOath', 'windowsHelloForBusiness'].includes(kind ?? '')
      )
        continue;
      if (picked.some((p) => p.user === user)) continue;
      await row.getByRole('checkbox').check();
      picked.push({ user, method });
      if (picked.length === 3) break;
    }
    expect(picked.length).toBeGreaterThan(0);
    await expect(page.getByTestId('selection-bar')).toContainText(`${picked.length} method(s)`);
    await page.getByTestId('review-cleanup').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('cleanup-summary')).toContainText(
      `${picked.length} method(s) of ${picked.length} user(s) will be deleted`,
    );
    await expect(dialog.getByTestId('cleanup-row')).toHaveCount(picked.length);
    await expectNoSeriousA11yViolations(page);
    const run = dialog.getByTestId('cleanup-run');
    await expect(run).toBeDisabled();
    await dialog.getByTestId('cleanup-confirm-input').fill(`delete ${picked.length - 1 || 9}`);
    await expect(run).toBeDisabled();
    await dialog.getByTestId('cleanup-confirm-input').fill(`delete ${picked.length}`);
    await run.click();
    await expect(dialog.getByTestId('cleanup-progress')).toContainText(
      `${picked.length} of ${picked.length} user(s) done · ${picked.length} deleted`,
      { timeout: 30_000 },
    );
    for (const p of picked)
      await expect(dialog.locator(`[data-testid="cleanup-row"][data-user="${p.user}"]`)).toHaveAttribute(
        'data-outcome',
        'deleted',
      );
    const reader = await graphReader('privileged-helpdesk');
    for (const p of picked) {
      const methods = (
        await reader.get<{ value: Method[] }>(`/users/${p.user}/authentication/methods`, 'beta')
      ).value;
      expect(methods.map((m) => m.id)).not.toContain(p.method);
    }
    await reader.dispose();
    await dialog.getByTestId('cleanup-close').click();
    // The findings forget what was deleted without another scan.
    for (const p of picked)
      await expect(page.locator(`[data-testid="finding-row"][data-method="${p.method}"]`)).toHaveCount(0);
  });

  test('a helpdesk agent sees admins out of reach skipped, with the reason, before anything runs', async ({
    page,
  }) => {
    await signIn(page, 'helpdesk', '/hygiene');
    await scanAdmins(page);
    await expect(page.getByText('Admins taken from directory role memberships')).toBeVisible();
    const rows = page.getByTestId('stale-table').getByTestId('finding-row');
    const count = Math.min(8, await rows.count());
    for (let i = 0; i < count; i++) await rows.nth(i).getByRole('checkbox').check();
    await page.getByTestId('review-cleanup').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('cleanup-summary')).toContainText('will be skipped');
    const skipped = dialog.locator('[data-testid="cleanup-row"][data-outcome="skipped"]');
    await expect(skipped.first()).toBeVisible();
    await expect(skipped.first().getByTestId('skip-reason')).toContainText(
      'Privileged Authentication Administrator',
    );
    await expectNoSeriousA11yViolations(page);
    await dialog.getByTestId('cleanup-close').click();
    await expect(dialog).toHaveCount(0);
  });

  test('an operator whose roles read no other user’s methods is told so before any scan and not offered one', async ({
    page,
  }) => {
    await signIn(page, 'custom-role', '/hygiene');
    const said = page.getByTestId('scan-needs-role');
    await expect(said).toContainText('your roles (Directory Readers) read no other user’s');
    await expect(said).toContainText('Global Reader, Authentication Administrator');
    await expect(page.getByTestId('start-scan')).toBeDisabled();
  });

  test('a security lead, whose role assignments cannot be read, is told before the scan what it needs', async ({
    page,
  }) => {
    await signIn(page, 'security-lead', '/hygiene');
    const said = page.getByTestId('scan-needs-role');
    await expect(said).toContainText(
      'your directory-wide roles (Security Reader, Reports Reader) read no other user’s',
    );
    await expect(said).toContainText('a scan may read no one');
  });

  test('when some users cannot be read, every finding says it is incomplete, never "none found"', async ({
    page,
    appId,
  }) => {
    // Three users' methods refused mid-scan, as a user moved into a restricted unit would be.
    await injectFault({ appId, path: '^/users/[^/]+/authentication/methods$', status: 403, count: 3 });
    await signIn(page, 'privileged-helpdesk', '/hygiene');
    await scanAdmins(page);
    const progress = page.getByTestId('scan-progress');
    const total = Number(await progress.getAttribute('data-total'));
    await expect(page.getByTestId('findings-incomplete')).toContainText(
      `Incomplete: these findings cover ${(total - 3).toLocaleString('en-US')} users of ${total.toLocaleString('en-US')} users.`,
    );
    for (const table of await page
      .locator('[role="status"]')
      .filter({ hasText: /^None found/ })
      .all())
      await expect(table).toContainText('3 users could not be read, so there may be some');
  });
});
