import { graphAs, graphReader } from '../support/emulator.ts';
import { allRegistrationRows, type ReportRow } from '../support/registration-rows.ts';
import { storedSnapshots } from '../support/clock.ts';
import { signIn } from '../support/sign-in.ts';
import { strengthOf } from '../support/strength-rules.ts';
import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { fourShots } from '../support/phone-shot.ts';

// The report's passkey strings per kind, and who counts as without one, restated for the test (graph-notes §3.1).
const KINDS: Record<string, string[]> = {
  securityKey: ['passKeyDeviceBound', 'fido2SecurityKey'],
  authenticator: ['passKeyDeviceBoundAuthenticator'],
  windows: ['passKeyDeviceBoundWindowsHello'],
  synced: ['passKeySynced'],
};
const PASSKEY = new Set(Object.values(KINDS).flat());
// Entra passkeys on Windows (entra-docs how-to-authentication-entra-passkeys-on-windows.md).
const WINDOWS = new Set([
  '08987058-cadc-4b81-b6e1-30de50dcbe96',
  '9ddd1817-af5a-4672-a2b9-3e3dd95000a9',
  '6028b017-b1d4-4c02-b4b3-afcdafc96bb2',
]);

function truth(rows: readonly ReportRow[]): Record<string, { all: number; admins?: number }> {
  const count = (match: (r: ReportRow) => boolean, admins = true) => {
    const hit = rows.filter(match);
    return { all: hit.length, ...(admins ? { admins: hit.filter((r) => r.isAdmin).length } : {}) };
  };
  const has = (r: ReportRow, strings: string[]) => r.methodsRegistered.some((m) => strings.includes(m));
  const none = (r: ReportRow) => !r.methodsRegistered.some((m) => PASSKEY.has(m));
  return {
    any: count((r) => !none(r)),
    ...Object.fromEntries(Object.entries(KINDS).map(([k, strings]) => [k, count((r) => has(r, strings))])),
    noneAdmins: count((r) => none(r) && r.isAdmin, false),
    noneWeakOnly: count(
      (r) => none(r) && !r.isAdmin && strengthOf(r.methodsRegistered) === 'weakOnly',
      false,
    ),
    noneOthers: count((r) => none(r) && !r.isAdmin && strengthOf(r.methodsRegistered) !== 'weakOnly', false),
  };
}

const number = async (text: Promise<string | null>) => Number((await text)?.replace(/[^\d]/g, ''));

test('the Passkeys page’s counts per kind, among admins and all, and of those without one, are the emulator’s', async ({
  page,
}) => {
  const expected = truth(await allRegistrationRows());
  expect(expected.any!.all).toBeGreaterThan(0);
  await signIn(page, 'security-lead', '/passkeys');
  await expect(page.getByTestId('passkeys-any-count')).toBeVisible({ timeout: 60_000 });
  for (const [cohort, { all, admins }] of Object.entries(expected)) {
    expect(await number(page.getByTestId(`passkeys-${cohort}-count`).textContent()), cohort).toBe(all);
    if (admins !== undefined)
      await expect(page.getByTestId(`passkeys-${cohort}-admins`)).toContainText(`${admins} of `);
  }

  // A number opens its users: the admins without a passkey, listed with the same count.
  await page.getByTestId('passkeys-noneAdmins-count').click();
  await expect(page).toHaveURL(/cohort=noneAdmins/);
  const card = page.getByRole('region', { name: 'Users behind the number' });
  await expect(card).toContainText(`Admins without a passkey: ${expected.noneAdmins!.all}`);
  await expect(page.getByTestId('passkey-table').locator('tbody tr')).toHaveCount(
    Math.min(25, expected.noneAdmins!.all),
  );

  // Today's snapshot keeps the counts, for the trend.
  await expect
    .poll(async () => (await storedSnapshots(page)).at(-1)?.sections.passkeys?.any)
    .toBe(expected.any!.all);
  await expectNoSeriousA11yViolations(page);
  // How the tiles and the list look, light and dark, at a desk and on a phone.
  await fourShots(page, 'passkeys-tiles', page.getByRole('region', { name: 'Who has a passkey' }));
  await fourShots(page, 'passkeys-none', page.getByRole('region', { name: 'Who has none yet' }));
  await fourShots(page, 'passkeys-users', card);
});

test('a reader of the passkey policy sees each profile with its types, authenticators and targets, as Graph has them', async ({
  page,
}) => {
  interface Profile {
    id: string;
    name: string;
    keyRestrictions: { isEnforced: boolean; enforcementType: string; aaGuids: string[] };
  }
  const policy = await graphAs<{
    passkeyProfiles: Profile[];
    includeTargets: { id: string; allowedPasskeyProfiles: string[] }[];
  }>('global-reader', '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Fido2');
  await signIn(page, 'global-reader', '/passkeys');
  const card = page.getByTestId('passkey-policy');
  const items = card.getByTestId('passkey-profile');
  await expect(items).toHaveCount(policy.passkeyProfiles.length);
  for (const [i, profile] of policy.passkeyProfiles.entries()) {
    const item = items.nth(i);
    await expect(item).toContainText(profile.name);
    const targets = policy.includeTargets.filter((t) => t.allowedPasskeyProfiles.includes(profile.id));
    if (targets.some((t) => t.id === 'all_users')) await expect(item).toContainText('Targets: All users');
    const { isEnforced, enforcementType } = profile.keyRestrictions;
    if (isEnforced)
      await expect(item).toContainText(
        `Authenticators: ${enforcementType === 'allow' ? 'only' : 'all except'}`,
      );
  }
  // The Windows pilot's allow list is named from Microsoft's documented AAGUIDs.
  await expect(card).toContainText('only Windows Hello Hardware Authenticator');
  await expect(card.getByTestId('passkey-policy-problems')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await fourShots(page, 'passkeys-policy', card);
});

test('reading every passkey user’s keys counts them by authenticator and lists the keys the profiles refuse, as Graph has them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The test's truth: every passkey user's keys from Graph, the policy, and the pilot's members.
  interface Key {
    aaGuid: string;
  }
  interface Target {
    id: string;
    allowedPasskeyProfiles: string[];
  }
  interface Restricted {
    id: string;
    keyRestrictions: { isEnforced: boolean; enforcementType: string; aaGuids: string[] };
  }
  const policy = await graphAs<{ includeTargets: Target[]; passkeyProfiles: Restricted[] }>(
    'global-reader',
    '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Fido2',
  );
  const passkeyUsers = (await allRegistrationRows()).filter((r) =>
    r.methodsRegistered.some((m) => PASSKEY.has(m)),
  );
  const reader = await graphReader('global-reader');
  const groupMembers = new Map<string, Set<string>>();
  for (const target of policy.includeTargets.filter((t) => t.id !== 'all_users')) {
    const members = await reader.get<{ value: { id: string }[] }>(
      `/groups/${target.id}/transitiveMembers/microsoft.graph.user?$select=id&$top=999`,
    );
    groupMembers.set(target.id, new Set(members.value.map((m) => m.id)));
  }
  // A key is refused when no profile of a target reaching its user lists it where allowed (restated rules:
  // an enforced block list refuses what it lists, an enforced allow list what it does not; Windows passkeys
  // need an allow list naming them).
  const accepts = (profile: Restricted, aaGuid: string) => {
    const { isEnforced, enforcementType, aaGuids } = profile.keyRestrictions;
    const listed = aaGuids.includes(aaGuid);
    if (WINDOWS.has(aaGuid)) return isEnforced && enforcementType === 'allow' && listed;
    return !isEnforced || (enforcementType === 'allow' ? listed : !listed);
  };
  let keys = 0;
  let windows = 0;
  let refused = 0;
  const windowsHolders = new Set<string>();
  for (const row of passkeyUsers) {
    const own = (await reader.get<{ value: Key[] }>(`/users/${row.id}/authentication/fido2Methods`)).value;
    const reaching = policy.includeTargets
      .filter((t) => t.id === 'all_users' || groupMembers.get(t.id)?.has(row.id))
      .flatMap((t) => t.allowedPasskeyProfiles);
    const profiles = policy.passkeyProfiles.filter((p) => reaching.includes(p.id));
    for (const key of own) {
      keys += 1;
      if (WINDOWS.has(key.aaGuid)) {
        windows += 1;
        windowsHolders.add(row.id);
      }
      if (!profiles.some((p) => accepts(p, key.aaGuid))) refused += 1;
    }
  }
  await reader.dispose();
  expect(windows).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);

  await signIn(page, 'global-reader', '/passkeys');
  const card = page.getByTestId('passkey-inventory');
  await card.getByTestId('inventory-start').click();
  await expect(card).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  await expect(card.getByTestId('inventory-summary')).toContainText(
    `${keys.toLocaleString('en-US')} passkeys of ${passkeyUsers.length.toLocaleString('en-US')} users`,
  );
  const windowsRows = card.locator('[data-testid="inventory-authenticators"] tr[data-kind="windows"]');
  let shownWindows = 0;
  for (const cell of await windowsRows.locator('td:nth-child(4)').allTextContents())
    shownWindows += Number(cell);
  expect(shownWindows).toBe(windows);
  // Each number opens its users: the first Windows authenticator's holders, as many as it counts.
  const firstWindows = windowsRows.first();
  const count = Number(await firstWindows.getByTestId('inventory-users').textContent());
  await firstWindows.getByTestId('inventory-users').click();
  const holders = card.getByTestId('inventory-authenticator-users');
  await expect(holders.locator('tbody tr')).toHaveCount(count);
  for (const id of await holders
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-user-id'))))
    expect(windowsHolders.has(id ?? '')).toBe(true);
  await expect(card).toContainText(`Refused today by the passkey policy: ${refused} passkeys`);
  // A run that read everyone joins today's snapshot: totals, and users per authenticator by AAGUID.
  await expect
    .poll(async () => (await storedSnapshots(page)).at(-1)?.sections.passkeyAuthenticators?.keys)
    .toBe(keys);
  const section = (await storedSnapshots(page)).at(-1)!.sections.passkeyAuthenticators!;
  expect(section.users).toBe(passkeyUsers.length);
  const windowsUsers = Object.entries(section)
    .filter(([key]) => WINDOWS.has(key.replace(/^a\./, '')))
    .reduce((sum, [, users]) => sum + users, 0);
  expect(windowsUsers).toBe(windowsHolders.size);
  await expectNoSeriousA11yViolations(page);
  await fourShots(page, 'passkeys-inventory', card);
});
