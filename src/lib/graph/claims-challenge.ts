/**
 * A Continuous Access Evaluation challenge: a 401 whose `WWW-Authenticate` says `error="insufficient_claims"`
 * and carries `claims="<base64 JSON>"` (entra-docs identity-platform/claims-challenge.md). MSAL wants the
 * decoded JSON. A challenge whose claims cannot be decoded is kept apart: the app cannot answer it, and must
 * say so rather than ask Entra for something it cannot name.
 */
export type ClaimsChallenge = { claims: string } | { undecodable: string };

export function readClaimsChallenge(headers: Headers): ClaimsChallenge | undefined {
  const header = headers.get('WWW-Authenticate') ?? '';
  if (!/error="insufficient_claims"/i.test(header)) return undefined;
  const encoded = /claims="([^"]+)"/i.exec(header)?.[1];
  try {
    const claims = atob(encoded!.replace(/-/g, '+').replace(/_/g, '/'));
    JSON.parse(claims);
    return { claims };
  } catch {
    return { undecodable: header };
  }
}
