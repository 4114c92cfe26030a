import { readClientState } from '../support/client-state.ts';
import { graphAs, registerPasskey } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { plainMemberWith } from '../support/tenant.ts';
import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { fourShots } from '../support/phone-shot.ts';

interface Method {
  '@odata.type': string;
  id: string;
}
const FIDO2 = '#microsoft.graph.fido2AuthenticationMethod';
const TAP = '#microsoft.graph.temporaryAccessPassAuthenticationMethod';
// Microsoft Authenticator for Android (entra-docs how-to-enable-authenticator-passkey.md).
const AUTHENTICATOR_ANDROID = 'de1e552d-db1d-4423-a619-566b625cdc84';

const methodsOf = async (id: string) =>
  (await graphAs<{ value: Method[] }>('privileged-helpdesk', `/users/${id}/authentication/methods`)).value;

test('the helpdesk gets a user onto a passkey: a pass, the new passkey noticed, the pass deleted, the code kept nowhere', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A plain member with neither a passkey nor a pass, from the directory's second quarter.
  const { user } = await plainMemberWith('#microsoft.graph.passwordAuthenticationMethod', 0.3, async (u) => {
    const types = (await methodsOf(u.id)).map((m) => m['@odata.type']);
    return !types.includes(FIDO2) && !types.includes(TAP);
  });
  await signIn(page, 'helpdesk', `/users/${user.id}`);
  await page.getByTestId('action-passkey').click();
  // The step-up dialog may stand beside it: this one is the dialog about the passkey.
  const dialog = page.getByRole('dialog').filter({ hasText: 'passkey' });
  await expect(dialog).toContainText('Set up a passkey');
  await dialog.getByTestId('issue-tap-submit').click();
  // An assertion, which waits as a person does (and lets the fixture verify the step-up Graph asks for).
  await expect(dialog.getByTestId('secret-value')).toBeVisible();
  const code = (await dialog.getByTestId('secret-value').textContent())?.trim() ?? '';
  expect(code.length).toBeGreaterThanOrEqual(8);
  const watch = dialog.getByTestId('passkey-watch');
  await expect(watch).toHaveAttribute('data-state', 'waiting');

  // The user adds a passkey in Microsoft Authenticator; the dialog sees it within its polling interval.
  const added = await registerPasskey(user.id, AUTHENTICATOR_ANDROID);
  await expect(watch).toHaveAttribute('data-state', 'found', { timeout: 30_000 });
  await expect(dialog.getByTestId('new-passkey')).toContainText('Passkey in Microsoft Authenticator');
  await expectNoSeriousA11yViolations(page);
  await fourShots(page, 'passkey-onboarding', dialog);

  await dialog.getByTestId('delete-onboarding-pass').click();
  await expect(watch).toHaveAttribute('data-state', 'done');
  // Graph's truth: the passkey, and no pass.
  const after = await methodsOf(user.id);
  expect(after.some((m) => m['@odata.type'] === FIDO2 && m.id === added.id)).toBe(true);
  expect(after.some((m) => m['@odata.type'] === TAP)).toBe(false);
  // The code was shown once, in the dialog only: no storage, cache or database holds it.
  const state = await readClientState(page);
  for (const [where, text] of Object.entries(state)) expect(text.includes(code), where).toBe(false);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator(`[data-testid="method"][data-method-id="${added.id}"]`)).toBeVisible();
});

test('a lost key is replaced: deleted after a typed confirmation that names the user, then the onboarding opens', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { user, methodId: lost } = await plainMemberWith(FIDO2, 0.55, async (u) => {
    const types = (await methodsOf(u.id)).map((m) => m['@odata.type']);
    return !types.includes(TAP);
  });
  await signIn(page, 'helpdesk', `/users/${user.id}`);
  await page
    .locator(`[data-testid="method"][data-method-id="${lost}"]`)
    .getByTestId('replace-passkey')
    .click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Replace passkey' });
  await expect(confirm).toContainText(user.displayName ?? '');
  await expect(confirm.getByTestId('delete-confirm')).toBeDisabled();
  // What would stop the new passkey is said before the old one goes (here: the helpdesk cannot read either policy).
  await expect(confirm.getByTestId('passkey-policy-unknown')).toBeVisible();
  await expect(confirm.getByTestId('ca-unknown')).toBeVisible();
  await fourShots(page, 'passkey-replace', confirm);
  await confirm.getByTestId('delete-confirm-input').fill(user.userPrincipalName.toUpperCase());
  await confirm.getByTestId('delete-confirm').click();
  const onboarding = page.getByRole('dialog').filter({ hasText: 'Set up a passkey' });
  await expect(onboarding).toBeVisible();
  await expect(page.getByTestId('page-notice')).toContainText('Deleted the passkey');
  expect((await methodsOf(user.id)).some((m) => m.id === lost)).toBe(false);
  await expect(onboarding.getByTestId('issue-tap-submit')).toBeEnabled();
});

test('before a pass is issued, a Conditional Access policy a pass cannot meet is named, and the emulator refuses that registration as Entra would', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Graph's truth: the enforced policies on registering security info whose strength has no pass in it.
  interface Policy {
    displayName: string;
    state: string;
    conditions: { users: { includeGroups: string[] }; applications: { includeUserActions: string[] } };
    grantControls: { authenticationStrength: { displayName: string; allowedCombinations: string[] } | null };
  }
  const policies = (
    await graphAs<{ value: Policy[] }>('global-reader', '/identity/conditionalAccess/policies')
  ).value;
  const blocking = policies.find(
    (p) =>
      p.state === 'enabled' &&
      p.conditions.applications.includeUserActions.includes('urn:user:registersecurityinfo') &&
      p.grantControls.authenticationStrength &&
      !p.grantControls.authenticationStrength.allowedCombinations.some((c) =>
        c.startsWith('temporaryAccessPass'),
      ),
  )!;
  const [groupId] = blocking.conditions.users.includeGroups;
  const members = await graphAs<{ value: { id: string }[] }>(
    'global-reader',
    `/groups/${groupId}/transitiveMembers/microsoft.graph.user?$select=id&$top=999`,
  );
  // A member who has no passkey or Windows Hello to meet the strength with, and no pass yet.
  let target: string | undefined;
  for (const { id } of members.value) {
    const types = (await methodsOf(id)).map((m) => m['@odata.type']);
    if (
      !types.some((t) =>
        [FIDO2, TAP, '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod'].includes(t),
      )
    )
      target = id;
    if (target) break;
  }
  expect(target).toBeDefined();
  await expect(registerPasskey(target!, AUTHENTICATOR_ANDROID)).rejects.toThrow(/409.*Conditional Access/);

  await signIn(page, 'global-admin', `/users/${target}`);
  await page.getByTestId('action-passkey').click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Set up a passkey' });
  const warning = dialog.getByTestId('ca-blocks');
  await expect(warning).toContainText(`Conditional Access policy “${blocking.displayName}” requires`);
  await expect(warning).toContainText(blocking.grantControls.authenticationStrength!.displayName);
  await expect(dialog.getByTestId('passkey-policy-notes')).toContainText('Profiles that reach the user');
  await expectNoSeriousA11yViolations(page);
  await fourShots(page, 'passkey-onboarding-ca', dialog);
});
