import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { restrictedUnitMemberIds } from '../support/tenant.ts';
import {
  addMobilePhone,
  control,
  openOverviewAndSnapshot,
  setClocks,
  storedSnapshots,
  type StoredSnapshot,
} from '../support/clock.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { allRegistrationRows } from '../support/registration-rows.ts';

/**
 * The lenses' history: the Overview's daily snapshot carries the `retirement` and `privileged` sections,
 * equal to what the lens pages show, reads the admins' roles only while today's snapshot lacks them, and
 * each lens draws one point per recorded day. Runs in the `clock` project (moves the shared clock, adds
 * phones), and resets both at the end.
 */
const DAYS = 5;
const FIRST_DAY = Date.UTC(2027, 0, 11, 9, 30, 0);
const DAY_MS = 86_400_000;
const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);

/** A mobile number of its own for the n-th phone this spec adds. */
const addPhone = (userId: string, n: number) =>
  addMobilePhone(userId, `+1 425555${String(2000 + n).slice(-4)}`);

/** Opens the Overview (signing in when needed) and waits until today's snapshot holds both lens sections. */
async function openOverview(page: Page, day: string): Promise<StoredSnapshot> {
  await openOverviewAndSnapshot(page);
  await expect
    .poll(
      async () => {
        const today = (await storedSnapshots(page)).find((s) => s.day === day);
        return Boolean(today?.sections.retirement && today.sections.privileged);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return (await storedSnapshots(page)).find((s) => s.day === day)!;
}

/** Requests that read admins' roles: the membership batch and the PIM eligibilities. */
function watchRoleReads(page: Page): () => number {
  let reads = 0;
  page.on('request', (r) => {
    const url = r.url();
    if (
      url.includes('roleEligibilityScheduleInstances') ||
      (r.postData() ?? '').includes('transitiveMemberOf')
    )
      reads++;
  });
  return () => reads;
}

test.afterAll(async () => {
  await control('clock', {});
  await control('reset');
});

test('the Overview records the lenses’ figures each day, and each lens draws them over time', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const rows = await allRegistrationRows();
  // Members of a restricted management unit are out of every directory-wide role's reach: not theirs to change.
  const restricted = await restrictedUnitMemberIds();
  const noPhone = rows.filter(
    (r) =>
      r.userType === 'member' &&
      !r.isAdmin &&
      !restricted.has(r.id) &&
      !(r.methodsRegistered ?? []).some((m) => /phone/i.test(m)) &&
      !r.isPasswordlessCapable,
  );
  expect(noPhone.length).toBeGreaterThanOrEqual(DAYS);
  const roleReads = watchRoleReads(page);

  let today: StoredSnapshot | undefined;
  for (let i = 0; i < DAYS; i++) {
    const at = FIRST_DAY + i * DAY_MS;
    await setClocks(page, at);
    if (i > 0) await addPhone(noPhone[i]!.id, i);
    const day = new Date(at).toISOString().slice(0, 10);
    today = await openOverview(page, day);
    if (i === 0) {
      expect(roleReads()).toBeGreaterThan(0);
      // A second visit the same day finds the section in place and reads no roles.
      const before = roleReads();
      await page.reload();
      await expect(page.getByTestId('history-today')).toContainText("Today's snapshot was taken", {
        timeout: 45_000,
      });
      await expect(page.getByLabel('Reading the registration report')).toHaveCount(0, { timeout: 45_000 });
      expect(roleReads()).toBe(before);
    }
  }
  const stored = await storedSnapshots(page);
  expect(stored).toHaveLength(DAYS);
  // One more phone a day: the phone-dependent cohort grows, so the trend is not flat by accident.
  const sorted = stored.sort((a, b) => a.day.localeCompare(b.day));
  expect(sorted.at(-1)!.sections.retirement!.noPhoneToLose).toBeLessThan(
    sorted[0]!.sections.retirement!.noPhoneToLose!,
  );

  // The retirement lens shows today's recorded figures, and one point per day.
  const retirement = today!.sections.retirement!;
  await page.goto('/retirement');
  for (const cohort of ['mustRegisterPasskey', 'losesPhoneKeepsMfa', 'passkeyReady', 'noPhoneToLose'])
    await expect(page.getByTestId(`cohort-${cohort}-count`)).toHaveText(fmt(retirement[cohort]!), {
      timeout: 45_000,
    });
  await expect(page.getByTestId('cohort-noPhoneToLose-share')).toContainText(
    `of ${fmt(retirement.total!)} users`,
  );
  await expect(page.getByTestId('trend-retirement')).toHaveAttribute('data-points', String(DAYS));
  await expectNoSeriousA11yViolations(page);

  // The privileged lens too.
  const privileged = today!.sections.privileged!;
  await page.goto('/privileged');
  await expect(page.getByTestId('privileged-headline')).toContainText(
    `${fmt(privileged.lackingPhishingResistant!)} of ${fmt(privileged.total!)} admins lack a phishing-resistant method`,
    { timeout: 45_000 },
  );
  for (const tier of ['globalAdmin', 'privileged', 'otherAdmin'])
    await expect(page.getByTestId(`coverage-${tier}-all`)).toHaveText(fmt(privileged[tier]!));
  await expect(page.getByTestId('trend-privileged')).toHaveAttribute('data-points', String(DAYS));
  await expectNoSeriousA11yViolations(page);

  // Pictures of both lenses with their trends and an exclusion, for a person to look at.
  const params = new URLSearchParams();
  params.set('exGuests', 'Guests are governed by their home tenant');
  for (const lens of ['privileged', 'retirement'] as const) {
    await page.goto(`/${lens}?${params.toString()}`);
    await expect(page.getByTestId(`trend-${lens}`)).toBeVisible({ timeout: 45_000 });
    await expect(
      page.getByTestId(lens === 'privileged' ? 'privileged-headline' : 'cohort-noPhoneToLose-count'),
    ).toBeVisible({ timeout: 45_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.mouse.move(0, 0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `screenshots/${lens}-history-${scheme}.png`, fullPage: true });
    }
  }
});
