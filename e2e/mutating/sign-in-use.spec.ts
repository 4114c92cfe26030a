import { appendSignIn, graphAs } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { plainMemberWith, type UserRow } from '../support/tenant.ts';
import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { fourShots } from '../support/phone-shot.ts';

const PHONE = '#microsoft.graph.phoneAuthenticationMethod';

/** A plain member with a phone, from the directory's last third: the other specs take from its start and middle. */
async function memberWithPhone(): Promise<{ user: UserRow; phoneId: string }> {
  const { user, methodId } = await plainMemberWith(PHONE, 2 / 3);
  return { user, phoneId: methodId };
}

test('a sign-in with a phone moves the user’s “second factor” date, and the count is the log’s', async ({
  page,
}) => {
  const { user, phoneId } = await memberWithPhone();
  const appended = await appendSignIn(user.id, phoneId);
  const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const truth = (
    await graphAs<{
      value: {
        id: string;
        status: { errorCode: number };
        authenticationDetails: {
          authenticationStepDateTime: string;
          authenticationStepRequirement: string;
        }[];
      }[];
    }>(
      'security-lead',
      `/auditLogs/signIns?$filter=${encodeURIComponent(`userId eq '${user.id}' and createdDateTime ge ${since}`)}`,
      'beta',
    )
  ).value;
  expect(truth[0]?.id).toBe(appended.id);

  // A Global Reader reads both the log and the user's methods: use is set beside what is registered.
  await signIn(page, 'global-reader', `/users/${user.id}`);
  await page.getByTestId('show-sign-in-use').click();
  const expected = await page.evaluate(
    (iso) =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    // The second step's own time, as the log gives it: it comes a few seconds after the sign-in began.
    truth[0]!.authenticationDetails.find((d) => /multi/i.test(d.authenticationStepRequirement))!
      .authenticationStepDateTime,
  );
  const phoneRow = page.locator('[data-testid="sign-in-use-kind"][data-kind="phone"]');
  await expect(phoneRow.getByTestId('sign-in-use-last')).toContainText(`As a second factor: ${expected}`);
  // Failed sign-ins (the log has some) are told apart, never counted as uses.
  const ok = truth.filter((s) => s.status.errorCode === 0).length;
  const failed = truth.length - ok;
  const summary = page.getByTestId('sign-in-use-summary');
  await expect(summary).toContainText(`${ok} successful interactive sign-in`);
  if (failed) await expect(summary).toContainText(`and ${failed} that did not complete`);
  else await expect(summary).not.toContainText('did not complete');
  await expect(phoneRow).toContainText('Graph’s “last used”');
  await expect(phoneRow).not.toContainText('no longer registered');
  await expectNoSeriousA11yViolations(page);
  await fourShots(page, 'sign-in-use', page.getByRole('region', { name: 'Sign-in use' }));
});

test('roles that read only one side say so: the log without methods, or methods without the log', async ({
  page,
}) => {
  const { user } = await memberWithPhone();
  await signIn(page, 'helpdesk', `/users/${user.id}`);
  await expect(page.getByTestId('sign-in-use-no-access')).toContainText('Reports Reader');
  // A Security Reader reads the log but not the methods: nothing is claimed about what is registered.
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await signIn(page, 'security-lead', `/users/${user.id}`);
  await page.getByTestId('show-sign-in-use').click();
  await expect(page.getByTestId('sign-in-use-methods-unread')).toBeVisible();
  await expect(page.getByText('no longer registered')).toHaveCount(0);
});
