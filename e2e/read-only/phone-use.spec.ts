import { graphReader } from '../support/emulator.ts';
import { retirementTruth } from '../support/retirement-truth.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { fourShots } from '../support/phone-shot.ts';
import { storedSnapshots } from '../support/clock.ts';
import { parseCsv } from '../support/csv.ts';
import { readFileSync } from 'node:fs';

interface SignInRow {
  userId: string;
  authenticationDetails: { authenticationMethod: string; succeeded: boolean }[];
}
const DAY = 86_400_000;
// The names the sign-in log gives a text message or a call (restated for the test: graph-notes §12.2).
const PHONE_STEP = /^(sms|voice|text message|phone call)/i;

/** Who signed in with a phone between two moments, from the emulator's own log (all pages). */
async function phoneUsers(since: number, until: number): Promise<Set<string>> {
  const lead = await graphReader('security-lead');
  const filter = `createdDateTime ge ${new Date(since).toISOString()} and createdDateTime le ${new Date(until).toISOString()}`;
  const users = new Set<string>();
  let link: string | undefined = `/auditLogs/signIns?$filter=${encodeURIComponent(filter)}`;
  while (link) {
    const page: { value: SignInRow[]; '@odata.nextLink'?: string } = await lead.get(
      link.replace(/^https:\/\/[^/]+\/beta/, ''),
      'beta',
    );
    for (const row of page.value)
      if (row.authenticationDetails.some((d) => d.succeeded && PHONE_STEP.test(d.authenticationMethod)))
        users.add(row.userId);
    link = page['@odata.nextLink'];
  }
  await lead.dispose();
  return users;
}

test('the retirement page’s “used SMS or voice” count is the emulator’s: users in scope with a phone sign-in in the window', async ({
  page,
}) => {
  const truth = await retirementTruth();
  const inScope = truth.rows.filter((r) => truth.outcomeOf.get(r.id) !== 'notInScope').map((r) => r.id);
  const before = Date.now();
  // A Global Reader reads the policy too: the scope is the tenant's, not assumed.
  await signIn(page, 'global-reader', '/retirement');
  await expect(page.getByTestId('start-sign-in-scan')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('start-sign-in-scan').click();
  const count = page.getByTestId('phone-use-count');
  await expect(count).not.toContainText('So far', { timeout: 60_000 });
  await expect(count).toContainText('in the last 7 days');
  const after = Date.now();

  // The app's window is [t − 7 days, t] for a t between `before` and `after`: what is certain to be in it, and
  // what may be.
  const surely = await phoneUsers(after - 7 * DAY, before);
  const maybe = await phoneUsers(before - 7 * DAY, after);
  const lower = inScope.filter((id) => surely.has(id)).length;
  const upper = inScope.filter((id) => maybe.has(id)).length;
  expect(lower).toBeGreaterThan(0);
  const text = (await count.textContent()) ?? '';
  const [, used, total] = /([\d,]+) of ([\d,]+) users in scope/.exec(text) ?? [];
  expect(Number(total?.replace(/,/g, ''))).toBe(inScope.length);
  const shown = Number(used?.replace(/,/g, ''));
  expect(shown).toBeGreaterThanOrEqual(lower);
  expect(shown).toBeLessThanOrEqual(upper);

  // Today's snapshot keeps the two counts, as shown.
  const phoneUse = async () => (await storedSnapshots(page)).at(-1)?.sections.smsVoiceUse7d;
  await expect.poll(phoneUse, { timeout: 30_000 }).toEqual({ inScope: inScope.length, used: shown });
  // The cohort exports as sign-in names, one per user shown.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-used-sms-voice').click();
  const [header, ...names] = parseCsv(readFileSync((await (await download).path())!, 'utf8'));
  expect(header).toEqual(['userPrincipalName']);
  expect(names).toHaveLength(shown);
  await expectNoSeriousA11yViolations(page);
  await fourShots(page, 'phone-use', page.getByRole('region', { name: 'Who still uses SMS or voice' }));
});
