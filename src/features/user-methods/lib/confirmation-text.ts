/** The typed text matches the UPN (case-insensitive, as UPNs are) or the key's exact name. */
export function confirmationMatches(typed: string, upn: string, keyName: string | undefined): boolean {
  const text = typed.trim();
  if (!text) return false;
  // One rule for both: case never matters, as in search.
  const same = (other: string) => text.toLowerCase() === other.trim().toLowerCase();
  return same(upn) || (!!keyName && same(keyName));
}

/** Names can be 5,000 characters long: sentences quote the start, the full text stays in the list. */
export function shortName(name: string, max = 80): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max).join('')}…`;
}
