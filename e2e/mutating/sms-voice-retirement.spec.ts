import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { parseCsv } from '../support/csv.ts';
import { patchSmsPolicy, phonePolicy } from '../support/emulator.ts';
import { expectNoHorizontalScroll } from '../support/phone-shot.ts';
import { retirementTruth, type Outcome, type RetirementTruth } from '../support/retirement-truth.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';

// The SMS and voice retirement as a Global Reader sees it (the policy is readable): every count against the
// tenant's truth computed independently (support/retirement-truth.ts), and a policy change through Graph.
test.describe.configure({ mode: 'serial' });

const OUTCOMES: Outcome[] = [
  'mustRegisterPasskey',
  'losesPhoneKeepsMfa',
  'passkeyReady',
  'noPhoneToLose',
  'notInScope',
];
const fmt = (n: number) => n.toLocaleString('en-US');

async function expectCounts(page: Page, truth: RetirementTruth) {
  for (const outcome of OUTCOMES)
    await expect(page.getByTestId(`cohort-${outcome}-count`), outcome).toHaveText(fmt(truth.count(outcome)), {
      timeout: 45_000,
    });
  for (const date of ['february', 'july'] as const) {
    const line = page.getByTestId(`countdown-${date}-cohorts`);
    await expect(line, date).toContainText(
      `${fmt(truth.count('mustRegisterPasskey', date))} must register a passkey`,
    );
    await expect(line, date).toContainText(
      `${fmt(truth.count('losesPhoneKeepsMfa', date))} lose SMS and voice`,
    );
  }
}

test('a Global Reader sees who is in scope, on which date and with what outcome, as the tenant has it', async ({
  page,
}) => {
  const truth = await retirementTruth();
  await signIn(page, 'global-reader', '/retirement');
  await expect(page.getByTestId('policy-sms')).toContainText('except Passkey pilot');
  await expect(page.getByTestId('policy-voice')).toContainText('Contact centre');
  await expect(page.getByTestId('policy-campaign')).toContainText('Microsoft managed');
  await expect(page.getByTestId('policy-provider')).toContainText('not readable through Graph');
  await expectCounts(page, truth);
  await expect(page.getByTestId('cohorts-assumed')).toHaveCount(0);
  expect(truth.count('notInScope')).toBeGreaterThan(0);
  expect(truth.count('mustRegisterPasskey', 'july')).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);

  // The export: one line per user of the outcome, with the date and the phone types.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-mustRegisterPasskey').first().click();
  const records = parseCsv(await readFile(await (await download).path(), 'utf8'));
  expect(records[0]!.slice(0, 4)).toEqual(['userPrincipalName', 'displayName', 'retirementDate', 'outcome']);
  expect(records.length - 1).toBe(truth.count('mustRegisterPasskey'));
  const july = truth.rows.filter(
    (r) => truth.outcomeOf.get(r.id) === 'mustRegisterPasskey' && truth.dateOf.get(r.id) === 'july',
  );
  const neutralise = (upn: string) => (/^[=+\-@\t\r]/.test(upn) ? `'${upn}` : upn);
  expect(
    records
      .filter((r) => r[2] === '1 July 2027')
      .map((r) => r[0])
      .sort(),
  ).toEqual(july.map((r) => neutralise(r.userPrincipalName)).sort());

  // A message for the cohort, with both dates since the cohort spans them, copied as shown.
  const message = page.getByTestId('outcome-message');
  await expect(message).toContainText(
    'on 1 February 2027 (on 1 July 2027 for Global Administrators and external users)',
  );
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await message.getByRole('button', { name: 'Copy message' }).click();
  await expect(message.getByTestId('message-copied')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'you will be asked to set up a passkey',
  );

  mkdirSync('screenshots', { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({
      path: `screenshots/sms-voice-retirement-${scheme}.png`,
      fullPage: true,
      animations: 'disabled',
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({
      path: `screenshots/sms-voice-retirement-phone-${scheme}.png`,
      fullPage: true,
      animations: 'disabled',
    });
  }
});

test('SMS narrowed to one group through Graph moves everyone else, and the page follows', async ({
  page,
}) => {
  const before = await retirementTruth();
  const policy = await phonePolicy();
  const centre = policy.voice.includeTargets[0]!.id;
  // SMS for the contact centre only: disabled for everyone else.
  await patchSmsPolicy({ includeTargets: [{ id: centre, targetType: 'group', isUsableForSignIn: false }] });
  try {
    const after = await retirementTruth();
    expect(after.count('notInScope')).not.toBe(before.count('notInScope'));
    await signIn(page, 'global-reader', '/retirement');
    await expect(page.getByTestId('policy-sms')).toContainText('enabled for Contact centre');
    await expectCounts(page, after);
  } finally {
    await patchSmsPolicy({ includeTargets: policy.sms.includeTargets });
  }
});

test('a security lead, whose role cannot read the policy, is told so and sees outcomes by registered methods', async ({
  page,
}) => {
  await signIn(page, 'security-lead', '/retirement');
  await expect(page.getByTestId('policy-unreadable')).toContainText(
    'Global Reader or Authentication Policy Administrator',
  );
  await expect(page.getByTestId('cohorts-assumed')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('cohort-notInScope-count')).toHaveText('0');
});
