import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { allRegistrationRows, featureCounts, FEATURE_FLAGS } from '../support/registration-rows.ts';
import { graphAs } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';

const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);
const GUEST_REASON = 'Guests are governed by their home tenant';
const ACCOUNT_REASON = 'Break-glass account: FIDO2 keys kept in the safe';

test('the security lead excludes guests and a break-glass account, with reasons, in a shareable link', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const rows = await allRegistrationRows();
  // A member who counts towards MFA, so leaving them out visibly moves a figure.
  const named = rows.find((r) => r.userType === 'member' && r.isMfaCapable && !r.isAdmin);
  if (!named) throw new Error('the seeded tenant has no MFA-capable member');
  expect(rows.some((r) => r.userType === 'guest')).toBe(true);
  const truth = featureCounts(rows.filter((r) => r.userType !== 'guest' && r.id !== named.id));

  await signIn(page, 'security-lead');
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(/^[\d,]+$/);
  await page.getByRole('button', { name: 'Exclusions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave cohorts out of the figures' });
  await dialog.getByRole('checkbox', { name: 'Guests' }).check();
  // A reason is required before the exclusions apply.
  await expect(dialog.getByRole('button', { name: 'Apply exclusions' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Reason for excluding guests' }).fill(GUEST_REASON);
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await dialog.getByRole('textbox', { name: 'Account 1 UPN' }).fill(named.userPrincipalName.toUpperCase());
  await dialog.getByRole('textbox', { name: 'Account 1 reason' }).fill(ACCOUNT_REASON);
  await dialog.getByRole('button', { name: 'Apply exclusions' }).click();

  const url = new URL(page.url());
  expect(url.searchParams.get('exGuests')).toBe(GUEST_REASON);
  expect(url.searchParams.getAll('exAccount')).toEqual([
    `${named.userPrincipalName.toLowerCase()}|${ACCOUNT_REASON}`,
  ]);

  const check = async () => {
    await expect(page.getByTestId('kpi-total-value')).toHaveText(fmt(truth.total), { timeout: 45_000 });
    for (const feature of Object.keys(FEATURE_FLAGS) as (keyof typeof FEATURE_FLAGS)[])
      await expect(page.getByTestId(`kpi-${feature}-value`)).toHaveText(fmt(truth[feature]));
    // Every chart says who is left out and why.
    for (const name of ['Method strength', 'Users per method']) {
      const region = page.getByRole('region', { name });
      await expect(region.getByTestId('exclusion-note')).toContainText(`Guests — ${GUEST_REASON}`);
      await expect(region.getByTestId('exclusion-note')).toContainText(
        `${named.userPrincipalName.toLowerCase()} — ${ACCOUNT_REASON}`,
      );
    }
    await expect(page.getByTestId('exclusion-note').first()).toContainText(GUEST_REASON);
    await expect(page.getByRole('button', { name: 'Exclusions (2)' })).toBeVisible();
  };
  await check();
  await expectNoSeriousA11yViolations(page);

  // The link alone brings the same view back.
  await page.reload();
  await check();
});

test('hostile exclusions in a link are dropped or shown as text, never run', async ({ page }) => {
  const params = new URLSearchParams();
  params.set('exGuests', '<img src=x onerror="window.__pwned=1">');
  params.append('exAccount', '<script>window.__pwned=1</script>@x|bad upn');
  params.append('exAccount', 'svc@contoso.com|');
  params.set('exUnknown', 'ignored');
  await signIn(page, 'security-lead', `/?${params.toString()}`);
  const note = page.getByRole('region', { name: 'Users per method' }).getByTestId('exclusion-note');
  await expect(note).toContainText('Guests — <img src=x onerror="window.__pwned=1">');
  await expect(note.getByTestId('exclusion-line')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('excluding disabled accounts asks Graph for them and says why on every chart', async ({ page }) => {
  const rows = await allRegistrationRows();
  const disabled = await graphAs<{ value: { id: string }[] }>(
    'security-lead',
    '/users?$filter=accountEnabled%20eq%20false&$select=id,userPrincipalName&$top=999',
  );
  expect(disabled.value.length).toBeGreaterThan(0);
  const off = new Set(disabled.value.map((u) => u.id));
  const truth = featureCounts(rows.filter((r) => !off.has(r.id)));
  const reason = 'Disabled accounts cannot sign in';
  const listed = page.waitForRequest((r) => r.url().includes('accountEnabled%20eq%20false'));
  await signIn(page, 'security-lead', `/?exDisabled=${encodeURIComponent(reason)}`);
  await listed;
  await expect(page.getByTestId('kpi-total-value')).toHaveText(fmt(truth.total), { timeout: 45_000 });
  await expect(page.getByTestId('kpi-mfaCapable-value')).toHaveText(fmt(truth.mfaCapable));
  for (const name of ['Method strength', 'Users per method'])
    await expect(page.getByRole('region', { name }).getByTestId('exclusion-note')).toContainText(
      `Disabled accounts — ${reason}`,
    );
  await expect(page.getByRole('alert')).toHaveCount(0);
});
