/** The demo app registration accepts SPA redirect URIs on the loopback host, on any port. */
export function isAllowedRedirectUri(value: string | null): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) &&
      !url.hash
    );
  } catch {
    return false;
  }
}
