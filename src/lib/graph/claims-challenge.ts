/**
 * The claims a Continuous Access Evaluation challenge asks for: a 401 whose `WWW-Authenticate` says
 * `error="insufficient_claims"` and carries `claims="<base64 JSON>"`. MSAL wants the decoded JSON.
 */
export function claimsChallengeOf(response: { headers: Headers }): string | undefined {
  const header = response.headers.get('WWW-Authenticate') ?? '';
  if (!/error="insufficient_claims"/i.test(header)) return undefined;
  const encoded = /claims="([^"]+)"/i.exec(header)?.[1];
  if (!encoded) return undefined;
  try {
    return atob(encoded);
  } catch {
    return undefined;
  }
}
