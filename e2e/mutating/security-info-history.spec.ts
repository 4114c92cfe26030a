import { graphAs } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { plainMemberWith, type UserRow } from '../support/tenant.ts';
import { expect, test, useAppRegistration } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { fourShots } from '../support/phone-shot.ts';

const FIDO2 = '#microsoft.graph.fido2AuthenticationMethod';

/** A plain member with a passkey, from the middle of the directory: the other specs take from its ends. */
async function memberWithKey(): Promise<{ user: UserRow; keyId: string }> {
  const { user, methodId } = await plainMemberWith(FIDO2, 0.5);
  return { user, keyId: methodId };
}

test('a passkey the helpdesk deletes shows in the security lead’s view of the user’s security info history and on the changes page', async ({
  page,
  context,
  appId,
}) => {
  const { user, keyId } = await memberWithKey();
  const helpdesk = await graphAs<{ userPrincipalName: string }>('helpdesk', '/me');

  await signIn(page, 'helpdesk', `/users/${user.id}`);
  // An Authentication Administrator reads methods but not the audit log: the card names the roles that do.
  await expect(page.getByTestId('security-info-history-no-access')).toContainText('Reports Reader');
  const item = page.locator(`[data-testid="method"][data-method-id="${keyId}"]`);
  await item.getByTestId('delete-method').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('delete-confirm-input').fill(user.userPrincipalName);
  await dialog.getByTestId('delete-confirm').click();
  await expect(item).toHaveCount(0);

  const lead = await context.newPage();
  await useAppRegistration(lead, appId);
  await signIn(lead, 'security-lead', `/users/${user.id}`);
  await lead.getByTestId('show-security-info-history').click();
  const latest = lead.getByTestId('security-info-event').first();
  await expect(latest).toContainText('Admin deleted security info');
  await expect(latest).toContainText('Fido2');
  await expect(latest.getByTestId('security-info-initiator')).toContainText(helpdesk.userPrincipalName);
  // The client it came from: the helpdesk's browser, as Graph's beta `userAgent` gives it.
  const browser = await page.evaluate(() => navigator.userAgent);
  await expect(latest.getByTestId('security-info-client')).toHaveText(`Client: ${browser}`);
  await expectNoSeriousA11yViolations(lead);

  // The tenant-wide changes page shows it among the newest (other specs may be changing other users meanwhile),
  // to the user it was made to, by the helpdesk.
  await lead.getByRole('link', { name: 'Method changes' }).click();
  const ours = lead
    .getByTestId('security-info-event')
    .filter({ hasText: 'Admin deleted Fido2 Authentication Method' })
    .filter({ hasText: user.userPrincipalName });
  await expect(ours).toHaveCount(1);
  await expect(ours.getByTestId('security-info-initiator')).toContainText(helpdesk.userPrincipalName);
  await expect(ours.getByTestId('security-info-client')).toHaveText(`Client: ${browser}`);
  await lead.goBack();
  await lead.getByTestId('show-security-info-history').click();
  await expect(lead.getByTestId('security-info-client').first()).toBeVisible();

  // How it looks, light and dark, at a desk and on a phone: no sideways scrolling.
  await fourShots(lead, 'security-info-history', lead.getByRole('region', { name: 'Security info history' }));
});
