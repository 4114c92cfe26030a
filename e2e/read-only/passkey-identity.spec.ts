import { graphReader } from '../support/emulator.ts';
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
const KINDS = [
  { label: 'Passkey in Microsoft Authenticator', is: (k: Key) => AUTHENTICATOR.has(k.aaGuid ?? '') },
  { label: 'Synced passkey', is: (k: Key) => k.passkeyType === 'synced' },
  {
    label: 'Security key (device-bound)',
    is: (k: Key) => k.passkeyType === 'deviceBound' && !AUTHENTICATOR.has(k.aaGuid ?? ''),
  },
];

/** For each kind, a plain member's passkey of that kind, read from Graph. */
async function oneKeyOfEachKind(): Promise<Map<string, { userId: string; key: Key }>> {
  const admins = await adminIds();
  const reader = await graphReader('privileged-helpdesk');
  const found = new Map<string, { userId: string; key: Key }>();
  for (const user of await directoryUsers()) {
    if (admins.has(user.id) || isPersona(user)) continue;
    const keys = (await reader.get<{ value: Key[] }>(`/users/${user.id}/authentication/fido2Methods`, 'v1.0'))
      .value;
    for (const key of keys) {
      const kind = KINDS.find((k) => k.is(key));
      if (kind && !found.has(kind.label)) found.set(kind.label, { userId: user.id, key });
    }
    if (found.size === KINDS.length) break;
  }
  await reader.dispose();
  return found;
}

test('each passkey on the user page says what kind it is and whose authenticator, from its AAGUID', async ({
  page,
}) => {
  const found = await oneKeyOfEachKind();
  expect([...found.keys()]).toEqual(
    expect.arrayContaining([
      'Passkey in Microsoft Authenticator',
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
