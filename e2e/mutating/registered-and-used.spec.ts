import { appendSignIn, graphAs } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { plainMemberWith } from '../support/tenant.ts';
import { storedSnapshots } from '../support/clock.ts';
import { parseCsv } from '../support/csv.ts';
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/test.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { fourShots } from '../support/phone-shot.ts';

const PHONE = '#microsoft.graph.phoneAuthenticationMethod';
const DAY = 86_400_000;

/** A plain member with a phone whose sign-ins of the last week never used it. */
async function memberWithUnusedPhone(): Promise<{ id: string; phoneId: string }> {
  const since = new Date(Date.now() - 8 * DAY).toISOString();
  const unused = async (user: { id: string }) => {
    const signIns = await graphAs<{ value: { authenticationDetails: { authenticationMethod: string }[] }[] }>(
      'security-lead',
      `/auditLogs/signIns?$filter=${encodeURIComponent(`userId eq '${user.id}' and createdDateTime ge ${since}`)}`,
      'beta',
    );
    return !signIns.value.some((s) =>
      s.authenticationDetails.some((d) =>
        /^(sms|voice|text message|phone call)/i.test(d.authenticationMethod),
      ),
    );
  };
  const { user, methodId } = await plainMemberWith(PHONE, 0.8, unused);
  return { id: user.id, phoneId: methodId };
}

test('a sign-in with a phone moves the Overview’s “used for MFA” figure up by that user', async ({
  page,
}) => {
  const { id, phoneId } = await memberWithUnusedPhone();
  await signIn(page, 'security-lead', '/');
  const card = page.getByRole('region', { name: 'Registered and used' });
  await card.getByTestId('start-sign-in-scan').click();
  const phoneUsed = card.locator(
    '[data-testid="registered-used-row"][data-kind="phone"] [data-testid="used-for-mfa"]',
  );
  await expect(card.getByTestId('registered-used-basis')).toContainText('Sign-ins of the last 7 days', {
    timeout: 60_000,
  });
  const before = Number((await phoneUsed.textContent())?.replace(/\D/g, ''));
  // The finished read joins today's snapshot: counts per family, the phone's as shown.
  const usedForMfa = async () => (await storedSnapshots(page)).at(-1)?.sections.usedForMfa7d;
  await expect.poll(usedForMfa, { timeout: 30_000 }).toBeDefined();
  expect((await usedForMfa())?.phone).toBe(before);

  await appendSignIn(id, phoneId);
  const scan = card.getByTestId('sign-in-scan');
  const firstRead = await scan.getAttribute('data-started');
  await card.getByTestId('start-sign-in-scan').click();
  // The second read ends: its figures, not the first read's still on screen.
  await expect(scan).not.toHaveAttribute('data-started', firstRead ?? '');
  await expect(scan).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const after = Number((await phoneUsed.textContent())?.replace(/\D/g, ''));
  // The user counts now. The window moved on by the seconds between the reads, so another user's phone
  // sign-in may have come into it (never more than a couple on this tenant): the appended one is the +1.
  expect(after).toBeGreaterThanOrEqual(before + 1);
  expect(after).toBeLessThanOrEqual(before + 3);
  // The day keeps its first figures: the second read does not replace them.
  expect((await usedForMfa())?.phone).toBe(before);

  // The per-user export: one line per user in view; its phone "used" column counts what the card shows, and
  // the appended sign-in's user is among them.
  const download = page.waitForEvent('download');
  await card.getByTestId('export-registered-used').click();
  const [header, ...lines] = parseCsv(readFileSync((await (await download).path())!, 'utf8'));
  const used = header!.indexOf('phoneUsedForMfa');
  const idAt = header!.indexOf('id');
  expect(lines.filter((l) => l[used] === 'yes')).toHaveLength(after);
  expect(lines.find((l) => l[idAt] === id)?.[used]).toBe('yes');
  await expectNoSeriousA11yViolations(page);
  await fourShots(page, 'registered-and-used', card);
});
