import type { PasskeyInventory } from './passkey-inventory.ts';

/** The daily snapshot section an inventory that read every passkey user adds to: users per authenticator. */
export const AUTHENTICATOR_SECTION = 'passkeyAuthenticators';

/** Figure names are AAGUIDs behind a prefix (snapshot names allow no spaces, and names come from outside). */
export const AAGUID_FIGURE = 'a.';

// A snapshot section holds at most 200 figures: the most used authenticators, with room for the totals.
const MAX_AUTHENTICATORS = 190;

/** `users` and `keys` read, and users per authenticator AAGUID, the most used first. */
export function authenticatorFigures(inventory: PasskeyInventory, usersRead: number): Record<string, number> {
  const figures: Record<string, number> = { users: usersRead, keys: inventory.keys };
  const ranked = [...inventory.usersByAaguid].sort((a, b) => b[1] - a[1]).slice(0, MAX_AUTHENTICATORS);
  for (const [aaGuid, users] of ranked) figures[`${AAGUID_FIGURE}${aaGuid}`] = users;
  return figures;
}
