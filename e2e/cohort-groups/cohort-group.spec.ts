import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { graphReader, graphSend, injectFault } from '../support/emulator.ts';
import { expectNoHorizontalScroll } from '../support/phone-shot.ts';
import { retirementTruth } from '../support/retirement-truth.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';

// An SMS retirement cohort put in a security group (group-post-groups.md, group-post-members.md): the group
// Graph holds afterwards has exactly the cohort, computed apart from the app (support/retirement-truth.ts).
test.describe.configure({ mode: 'serial' });

const COHORT = 'mustRegisterPasskey';

async function memberIdsOf(groupId: string): Promise<string[]> {
  const reader = await graphReader('global-admin');
  const members = await reader.all<{ id: string }>(
    `/groups/${groupId}/members/microsoft.graph.user?$select=id&$top=999`,
  );
  await reader.dispose();
  return members.map((m) => m.id).sort();
}

async function cohortIds(): Promise<string[]> {
  const truth = await retirementTruth();
  return truth.rows
    .filter((r) => truth.outcomeOf.get(r.id) === COHORT)
    .map((r) => r.id)
    .sort();
}

async function openDialog(page: Page) {
  await page.getByTestId('cohort-to-group').click();
  await expect(page.getByRole('dialog')).toBeVisible();
}

async function confirmAndRun(page: Page, name: string) {
  await page.getByTestId('group-confirm-input').fill(name);
  await page.getByTestId('group-fill-run').click();
}

test('a Global Administrator creates a group from the cohort, and Graph holds exactly the cohort', async ({
  page,
}) => {
  const expected = await cohortIds();
  expect(expected.length).toBeGreaterThan(20);
  await signIn(page, 'global-admin', `/retirement?cohort=${COHORT}`);
  await expect(page.getByTestId('cohort-table')).toBeVisible({ timeout: 45_000 });
  await openDialog(page);
  const name = `Passkey first ${randomUUID().slice(0, 8)}`;
  await page.getByTestId('group-name-input').fill(name);
  await page.getByTestId('group-fill-next').click();
  await expect(page.getByTestId('group-fill-summary')).toContainText(
    `${expected.length} user(s) added, 20 per request (${Math.ceil(expected.length / 20)} request(s))`,
  );
  await expect(page.getByTestId('group-role-note')).toHaveCount(0);
  // The run starts only once the group's name is typed.
  await expect(page.getByTestId('group-fill-run')).toBeDisabled();
  await confirmAndRun(page, name.toUpperCase());
  // The new group replicates for a moment (Graph's 400), so the first adds wait and are sent again.
  await expect(page.getByTestId('group-fill-progress')).toContainText(
    `${expected.length} of ${expected.length} user(s) done · ${expected.length} added`,
    { timeout: 60_000 },
  );
  const groupId = ((await page.getByTestId('group-id').textContent()) ?? '').replace('Group id: ', '');
  expect(await memberIdsOf(groupId)).toEqual(expected);
  await expectNoSeriousA11yViolations(page);
});

test('filling a group that exists skips who is in it, lists who failed and why, and retries them', async ({
  page,
}) => {
  const expected = await cohortIds();
  const name = `Campaign wave ${randomUUID().slice(0, 8)}`;
  const created = await graphSend<{ id: string }>('global-admin', 'POST', '/groups', {
    displayName: name,
    mailEnabled: false,
    mailNickname: 'campaign-wave',
    securityEnabled: true,
    groupTypes: [],
  });
  expect(created.status).toBe(201);
  const groupId = created.body!.id;
  await expect(async () => {
    const added = await graphSend('global-admin', 'PATCH', `/groups/${groupId}`, {
      'members@odata.bind': expected
        .slice(0, 3)
        .map((id) => `https://graph.microsoft.com/v1.0/directoryObjects/${id}`),
    });
    expect(added.status).toBe(204);
  }).toPass({ timeout: 15_000 });

  await signIn(page, 'global-admin', `/retirement?cohort=${COHORT}`);
  await expect(page.getByTestId('cohort-table')).toBeVisible({ timeout: 45_000 });
  await openDialog(page);
  await page.getByRole('radio', { name: 'Add them to a security group that exists' }).check();
  await page.getByTestId('group-search-input').fill(name.slice(0, 16).toLowerCase());
  await page.getByTestId('group-option').filter({ hasText: name }).click();
  await page.getByTestId('group-fill-next').click();
  await expect(page.getByTestId('group-fill-summary')).toContainText(
    `${expected.length - 3} user(s) will be added to “${name}”`,
  );
  await expect(page.getByTestId('group-fill-summary')).toContainText('3 already in the group');
  // Graph fails the first request (503): its twenty users are listed as failed, with Graph's answer.
  await injectFault({ path: `^/groups/${groupId}$`, method: 'PATCH', status: 503, count: 1 });
  await confirmAndRun(page, name);
  await expect(page.getByTestId('group-fill-retry')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-testid="fill-row"][data-outcome="failed"]')).toHaveCount(20);
  await expect(page.locator('[data-testid="fill-row"][data-outcome="failed"]').first()).toContainText(
    'HTTP 503',
  );
  await expect(page.locator('[data-testid="fill-row"][data-outcome="alreadyMember"]')).toHaveCount(3);

  mkdirSync('screenshots', { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `screenshots/cohort-group-results-${scheme}.png`, animations: 'disabled' });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({
      path: `screenshots/cohort-group-results-phone-${scheme}.png`,
      animations: 'disabled',
    });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByTestId('group-fill-retry').click();
  await expect(page.getByTestId('group-fill-progress')).toContainText(
    `${expected.length - 3} of ${expected.length - 3} user(s) done · ${expected.length - 3} added`,
    { timeout: 60_000 },
  );
  expect(await memberIdsOf(groupId)).toEqual(expected);
});

test('a security lead is told which role and permission a group needs, before and after Graph refuses', async ({
  page,
}) => {
  await signIn(page, 'security-lead', `/retirement?cohort=${COHORT}`);
  await expect(page.getByTestId('cohort-table')).toBeVisible({ timeout: 45_000 });
  await openDialog(page);
  const note = page.getByTestId('group-role-note');
  await expect(note).toContainText('Your roles (Security Reader, Reports Reader) do not manage groups');
  await expect(note).toContainText('Groups Administrator');
  await expect(note).toContainText('Group.ReadWrite.All');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `screenshots/cohort-group-choose-${scheme}.png`, animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const name = `Lead group ${randomUUID().slice(0, 8)}`;
  await page.getByTestId('group-name-input').fill(name);
  await page.getByTestId('group-fill-next').click();
  await confirmAndRun(page, name);
  const refusal = page.getByRole('alert').filter({ hasText: 'You do not have access' });
  await expect(refusal).toContainText('Groups Administrator', { timeout: 30_000 });
  await expect(refusal).toContainText('Group.ReadWrite.All');
  const reader = await graphReader('global-admin');
  const found = await reader.get<{ value: unknown[] }>(
    `/groups?$filter=${encodeURIComponent(`startswith(displayName,'${name}')`)}`,
  );
  await reader.dispose();
  expect(found.value).toEqual([]);
});
