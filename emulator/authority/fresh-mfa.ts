import { escapeHtml } from '../http/respond.ts';

/**
 * "Users who manage their own authentication methods [...] must complete multifactor authentication (MFA) if
 * they last authenticated more than 10 minutes ago in the current session" (Graph docs, whats-new-overview.md,
 * January 2026). The same window decides here whether a sign-in's MFA still counts.
 */
export const FRESH_MFA_WINDOW_MS = 10 * 60_000;

export const isFreshMfa = (mfaAt: number | undefined, now: number) =>
  mfaAt !== undefined && now - mfaAt <= FRESH_MFA_WINDOW_MS;

/**
 * Whether a request's `claims` ask for multifactor authentication: `amr` with "mfa" or "ngcmfa" in the access
 * or ID token's claims. The API overview names {"access_token":{"amr":{"essential":true,"values":["ngcmfa"]}}}
 * for credential management; `ngcmfa` is "equivalent to mfa, used for provisioning of certain advanced
 * credential types" (entra-docs identity-platform/access-token-claims-reference.md, amr).
 */
export function claimsAskForMfa(claims: string | null | undefined): boolean {
  if (!claims) return false;
  try {
    const parsed = JSON.parse(claims) as Record<string, { amr?: { values?: unknown } } | undefined>;
    return ['access_token', 'id_token'].some((token) => {
      const values = parsed[token]?.amr?.values;
      return Array.isArray(values) && values.some((v) => v === 'mfa' || v === 'ngcmfa');
    });
  } catch {
    return false;
  }
}

/** The `amr` an access token carries: a password sign-in, with "mfa" once the session completed MFA. */
export const amrFor = (mfaAt: number | undefined) => (mfaAt === undefined ? ['pwd'] : ['pwd', 'mfa']);

/** Entra's answer when MFA is needed and the user cannot be asked (prompt=none, a refresh token). */
export const MFA_REQUIRED_TEXT =
  'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.';

/**
 * Entra's "Approve sign in request" step: approving posts the authorize request back with the signed-in user
 * and `mfa=approve`; "I can't use my authenticator" ends the sign-in, as Entra's cancel does.
 */
export function mfaPage(action: string, params: URLSearchParams, userPrincipalName: string): string {
  const hidden = [...params]
    .filter(([name]) => name !== 'persona' && name !== 'mfa')
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Approve sign in request · Entra emulator</title><link rel="stylesheet" href="/authority.css"></head>
<body><main><h1>Approve sign in request</h1>
<p class="note">${escapeHtml(userPrincipalName)}</p>
<p>This app asks for a recent multifactor sign-in. Approve the request on your authenticator (here: the button).</p>
<form method="post" action="${escapeHtml(action)}">${hidden}
<input type="hidden" name="persona" value="${escapeHtml(userPrincipalName)}">
<button type="submit" name="mfa" value="approve" data-mfa="approve">Approve</button>
<button type="submit" name="mfa" value="cancel" data-mfa="cancel" class="cancel">I can’t use my authenticator right now</button></form></main></body></html>`;
}
