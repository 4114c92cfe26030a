import type { Page } from '@playwright/test';
import { graphReader } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { approveStepUp, stepUpDialog } from '../support/step-up.ts';
import { expect, test } from '../support/test.ts';
import { adminIds, directoryUsers, isPersona } from '../support/tenant.ts';

/**
 * Graph's fresh-MFA rule for credential writes (Graph docs: the authentication methods API overview and
 * whats-new-overview.md, January 2026), with the emulator in its strict default (administrators too): an
 * operator signed in without MFA adds a phone. Graph refuses; the app asks for a multifactor sign-in above the
 * phone dialog, which keeps its input; declined, nothing is sent again; verified in the popup, the write is
 * sent once more and lands. The next write, within 10 minutes, needs no step-up.
 */
test.use({ answerStepUps: false });
// Both tests add an office phone to the same member: one after the other, or one would find the other's phone.
test.describe.configure({ mode: 'serial' });

const OFFICE_NUMBER = '+44 20 7946 0019';
const OFFICE = 'e37fc753-ff3b-4958-9484-eaa9425c82bc';
const SHOTS = 'screenshots';

/** A member no other spec changes (the middle of the directory), with a mobile phone and no office phone. */
async function aMemberWithoutOfficePhone(): Promise<string> {
  const users = await directoryUsers();
  const admins = await adminIds();
  const reader = await graphReader('global-admin');
  try {
    for (const user of users.slice(400, 460)) {
      if (admins.has(user.id) || isPersona(user) || !/^[A-Za-z]+ [A-Za-z]+$/.test(user.displayName ?? ''))
        continue;
      const phones = (
        await reader.get<{ value: { phoneType: string }[] }>(`/users/${user.id}/authentication/phoneMethods`)
      ).value;
      if (phones.some((p) => p.phoneType === 'mobile') && !phones.some((p) => p.phoneType === 'office'))
        return user.id;
    }
  } finally {
    await reader.dispose();
  }
  throw new Error('no member with a mobile and no office phone in the middle of the directory');
}

function countPhonePosts(page: Page) {
  const answers: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && /\/phoneMethods$/.test(new URL(r.url()).pathname))
      answers.push(r.status());
  });
  return answers;
}

/** Opens the phone dialog and sends an office number: the app's first credential write since sign-in. */
async function addOfficePhone(page: Page) {
  await page.getByRole('button', { name: 'Add or replace phone' }).click();
  const phoneDialog = page.getByRole('dialog', { name: /phone/i });
  await phoneDialog.getByLabel('Phone type').click();
  await page.getByRole('option', { name: 'Office' }).click();
  await phoneDialog.getByTestId('phone-number').fill(OFFICE_NUMBER);
  await phoneDialog.getByRole('button', { name: 'Add phone' }).click();
  return phoneDialog;
}

test('a credential write waits for a multifactor sign-in, keeps its dialog, and is sent once more', async ({
  page,
}) => {
  const user = await aMemberWithoutOfficePhone();
  await signIn(page, 'helpdesk', `/users/${user}`);
  await expect(page.getByTestId('method').first()).toBeVisible();
  const posts = countPhonePosts(page);

  const phoneDialog = await addOfficePhone(page);

  // Declined: the phone dialog says why, keeps the number, and nothing more was sent.
  const stepUp = stepUpDialog(page);
  await expect(stepUp).toContainText('completed multifactor authentication in the last 10 minutes');
  await page.screenshot({ path: `${SHOTS}/step-up-light.png`, animations: 'disabled' });
  await stepUp.getByRole('button', { name: 'Cancel' }).click();
  await expect(phoneDialog).toContainText('Not sent: multifactor verification needed');
  await expect(phoneDialog.getByTestId('phone-number')).toHaveValue(OFFICE_NUMBER);
  expect(posts).toEqual([403]);

  // Verified: the same write goes once more and lands.
  await phoneDialog.getByRole('button', { name: 'Add phone' }).click();
  await approveStepUp(page);
  await expect(phoneDialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId('page-notice')).toContainText('+44 2079460019');
  expect(posts).toEqual([403, 403, 201]);

  // Within the 10 minutes, the next credential write needs no step-up.
  const office = page.locator(`[data-testid="method"][data-method-id="${OFFICE}"]`);
  await office.getByTestId('delete-method').click();
  await page.getByRole('dialog').getByTestId('delete-confirm').click();
  await expect(office).toHaveCount(0, { timeout: 30_000 });
  await expect(stepUp).toHaveCount(0);
});

test('screenshots of the step-up, dark and at phone width', async ({ page }) => {
  const user = await aMemberWithoutOfficePhone();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'helpdesk', `/users/${user}`);
  await expect(page.getByTestId('method').first()).toBeVisible();
  const phoneDialog = await addOfficePhone(page);
  const stepUp = stepUpDialog(page);
  await expect(stepUp).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/step-up-phone-dark.png`, animations: 'disabled' });
  await stepUp.getByRole('button', { name: 'Cancel' }).click();
  await expect(phoneDialog).toContainText('Not sent');
  await page.screenshot({ path: `${SHOTS}/step-up-declined-phone-dark.png`, animations: 'disabled' });
});
