import { graphAs, graphReader } from '../support/emulator.ts';
import { signIn } from '../support/sign-in.ts';
import { adminIds, directoryUsers, isPersona } from '../support/tenant.ts';
import { expect, test } from '../support/test.ts';
import { fourShots } from '../support/phone-shot.ts';

interface Key {
  '@odata.type': string;
  id: string;
  aaGuid: string | null;
  passkeyType: string | null;
}

// Restated for the test: Microsoft Authenticator's passkey AAGUIDs (entra-docs
// how-to-enable-authenticator-passkey.md), and the kind each other key falls in by Graph's passkeyType.
const AUTHENTICATOR = new Set([
  'de1e552d-db1d-4423-a619-566b625cdc84',
  '90a3ccdf-635c-4729-a248-9b709135078f',
]);
// Entra passkeys on Windows (entra-docs how-to-authentication-entra-passkeys-on-windows.md).
const WINDOWS = new Set([
  '08987058-cadc-4b81-b6e1-30de50dcbe96',
  '9ddd1817-af5a-4672-a2b9-3e3dd95000a9',
  '6028b017-b1d4-4c02-b4b3-afcdafc96bb2',
]);
const KINDS = [
  { label: 'Passkey in Microsoft Authenticator', is: (k: Key) => AUTHENTICATOR.has(k.aaGuid ?? '') },
  { label: 'Entra passkey on Windows', is: (k: Key) => WINDOWS.has(k.aaGuid ?? '') },
  { label: 'Synced passkey', is: (k: Key) => k.passkeyType === 'synced' },
  {
    label: 'Security key (device-bound)',
    is: (k: Key) =>
      k.passkeyType === 'deviceBound' && !AUTHENTICATOR.has(k.aaGuid ?? '') && !WINDOWS.has(k.aaGuid ?? ''),
  },
];

/** For each label, a plain member's passkey that `kinds` names so, read from Graph. */
async function oneKeyOfEach(
  kinds: { label: string; is: (k: Key) => boolean }[],
): Promise<Map<string, { userId: string; key: Key }>> {
  const admins = await adminIds();
  const reader = await graphReader('privileged-helpdesk');
  const found = new Map<string, { userId: string; key: Key }>();
  for (const user of await directoryUsers()) {
    if (admins.has(user.id) || isPersona(user)) continue;
    const keys = (await reader.get<{ value: Key[] }>(`/users/${user.id}/authentication/fido2Methods`, 'v1.0'))
      .value;
    for (const key of keys) {
      const kind = kinds.find((k) => k.is(key));
      if (kind && !found.has(kind.label)) found.set(kind.label, { userId: user.id, key });
    }
    if (found.size === kinds.length) break;
  }
  await reader.dispose();
  return found;
}

interface Profile {
  id: string;
  name: string;
  keyRestrictions: { isEnforced: boolean; enforcementType: string; aaGuids: string[] };
}

test('each passkey on the user page says what kind it is and whose authenticator, from its AAGUID', async ({
  page,
}) => {
  const found = await oneKeyOfEach(KINDS);
  expect([...found.keys()]).toEqual(
    expect.arrayContaining([
      'Passkey in Microsoft Authenticator',
      'Entra passkey on Windows',
      'Synced passkey',
      'Security key (device-bound)',
    ]),
  );
  await signIn(page, 'helpdesk');
  for (const [label, { userId, key }] of found) {
    await page.goto(`/users/${userId}`);
    const item = page.locator(`[data-testid="method"][data-method-id="${key.id}"]`);
    await expect(item).toContainText(`Authenticator${label}`);
    // Never a blank or "undefined" name, and the raw AAGUID stays on show.
    await expect(item).not.toContainText('undefined');
    if (key.aaGuid) await expect(item).toContainText(key.aaGuid);
  }
  const [, synced] = [...found].find(([label]) => label === 'Synced passkey')!;
  await page.goto(`/users/${synced.userId}`);
  const item = page.locator(`[data-testid="method"][data-method-id="${synced.key.id}"]`);
  await expect(item).toContainText('Synced passkey: ');
  await fourShots(page, 'passkey-identity', item);
});

test('a reader of the passkey policy sees, on each passkey, the profile that allows it or why it is refused today', async ({
  page,
}) => {
  // The policy as Graph gives it: a model the default profile blocks, Windows passkeys a pilot profile allows.
  const policy = await graphAs<{ passkeyProfiles: Profile[]; defaultPasskeyProfile: string }>(
    'global-reader',
    '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Fido2',
  );
  const standard = policy.passkeyProfiles.find((p) => p.id === policy.defaultPasskeyProfile)!;
  const listing = (mode: string) => (p: Profile) =>
    p.keyRestrictions.isEnforced && p.keyRestrictions.enforcementType === mode;
  const blocked = new Set(standard.keyRestrictions.aaGuids);
  expect(listing('block')(standard) && blocked.size).toBeTruthy();
  const windowsProfile = policy.passkeyProfiles.find(
    (p) => listing('allow')(p) && p.keyRestrictions.aaGuids.some((g) => WINDOWS.has(g)),
  )!;
  const found = await oneKeyOfEach([
    { label: 'blocked', is: (k) => blocked.has(k.aaGuid ?? '') },
    { label: 'windows', is: (k) => WINDOWS.has(k.aaGuid ?? '') },
    { label: 'synced', is: (k) => k.passkeyType === 'synced' },
  ]);
  expect(found.size).toBe(3);
  await signIn(page, 'global-reader');
  const expected = {
    blocked: `Refused today, so it cannot be used to sign in: ${standard.name} blocks this authenticator`,
    windows: `Allowed by ${windowsProfile.name}`,
    synced: `Allowed by ${standard.name}`,
  };
  for (const [label, { userId, key }] of found) {
    await page.goto(`/users/${userId}`);
    const item = page.locator(`[data-testid="method"][data-method-id="${key.id}"]`);
    await expect(item).toContainText(`Passkey policy${expected[label as keyof typeof expected]}`);
  }
  const blockedKey = page.locator('[data-testid="method"]').filter({ hasText: 'Refused today' });
  await page.goto(`/users/${found.get('blocked')!.userId}`);
  await expect(blockedKey.first()).toBeVisible();
  await fourShots(page, 'passkey-verdict', blockedKey.first());
});
