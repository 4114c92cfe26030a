import { graphAs } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { fourShots } from '../support/phone-shot.ts';

interface Audit {
  id: string;
  activityDisplayName: string;
  initiatedBy: { user: { userPrincipalName: string } | null };
  targetResources: { id: string; displayName: string; userPrincipalName: string }[];
}

/** The emulator's own answer, read with a token of its own app (the app under test's budget is untouched). */
async function auditsWhere(filter: string): Promise<Audit[]> {
  const query = `loggedByService eq 'Authentication Methods' and ${filter}`;
  return (
    await graphAs<{ value: Audit[] }>(
      'security-lead',
      `/auditLogs/directoryAudits?$filter=${encodeURIComponent(query)}`,
    )
  ).value;
}

test('the security lead finds a bulk removal among the method changes and follows it to its events and users', async ({
  page,
}) => {
  const pradeep = await graphAs<{ userPrincipalName: string }>('privileged-helpdesk', '/me');
  const removals = await auditsWhere(
    `activityDisplayName eq 'Admin deleted security info' and initiatedBy/user/userPrincipalName eq '${pradeep.userPrincipalName}'`,
  );
  expect(removals.length).toBeGreaterThanOrEqual(5);

  // Narrowed to the operator by the start of their sign-in name, in any case.
  await signIn(
    page,
    'security-lead',
    `/changes?initiator=${pradeep.userPrincipalName.slice(0, 4).toUpperCase()}`,
  );
  const bulk = page.getByTestId('highlight-bulk-deletions');
  await expect(bulk).toContainText(`Pradeep Gupta removed methods from ${removals.length} users`);
  await bulk.getByRole('link').first().click();
  await expect(page).toHaveURL(/activity=Admin\+deleted\+security\+info/);
  const rows = page.getByTestId('security-info-event');
  await expect(rows).toHaveCount(removals.length);
  await expect(page.getByRole('combobox', { name: 'Activity' })).toContainText('Admin deleted security info');
  for (const target of await rows.getByTestId('audit-event-target').allTextContents())
    expect(removals.some((r) => target.includes(r.targetResources[0]!.displayName))).toBe(true);

  // A sign-in name as the target is looked up first: the same events as the emulator's for that user.
  const first = removals[0]!.targetResources[0]!;
  await page.getByTestId('changes-target').fill(first.userPrincipalName.toUpperCase());
  await page.getByTestId('apply-change-filters').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('audit-event-target')).toContainText(first.displayName);
  await rows.first().getByRole('link', { name: first.displayName }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${first.id}$`));
  await page.goBack();

  await page.getByTestId('changes-target').fill('nobody-here@example.invalid');
  await page.getByTestId('apply-change-filters').click();
  await expect(page.getByText('No such user')).toBeVisible();
});

test('the whole tenant’s method changes, newest first, with what is worth a look', async ({ page }) => {
  const [newest] = await auditsWhere(`activityDateTime ge 2000-01-01T00:00:00Z`);
  await signIn(page, 'security-lead', '/changes');
  const first = page.getByTestId('security-info-event').first();
  await expect(first).toContainText(newest!.activityDisplayName);
  await expect(first.getByTestId('audit-event-target')).toContainText(
    newest!.targetResources[0]!.displayName,
  );
  await expect(page.getByTestId('highlights-coverage')).toContainText(
    /changes? (loaded|the audit log holds)/,
  );
  // The admins were read: some of the changes are to theirs (the personas' own registrations).
  await expect(page.getByTestId('highlight-admins').getByRole('link').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // How it looks, light and dark, at a desk and on a phone: no sideways scrolling.
  await fourShots(page, 'method-changes');
});

test('an operator who cannot read the audit log is told which role would, before any request', async ({
  page,
}) => {
  await signIn(page, 'helpdesk', '/changes');
  const explanation = page.getByTestId('audit-needs-role');
  await expect(explanation).toContainText('the directory audit log');
  await expect(explanation).toContainText('Reports Reader');
  await expect(explanation).toContainText('Authentication Administrator');
  await expect(page.getByTestId('security-info-event')).toHaveCount(0);
});
