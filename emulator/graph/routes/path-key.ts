/** A path segment as the client meant it (`%23` → `#`); a malformed escape is kept as written. */
export function decodePathKey(raw: string | undefined): string {
  if (raw === undefined) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
