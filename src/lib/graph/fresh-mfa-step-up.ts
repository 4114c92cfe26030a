import { sessionChallengeSettled } from '../auth/session-challenge.ts';
import { readClaimsChallenge } from './claims-challenge.ts';
import { getToken, SignInRequiredError } from '../auth/token-provider.ts';

/**
 * Graph requires a recent MFA to manage authentication methods: "if they last authenticated more than 10
 * minutes ago in the current session" (Graph docs, whats-new-overview.md, January 2026); the API overview says
 * it "applies to both end users and administrators managing credentials", that Graph answers 403 Forbidden,
 * and that the app asks again interactively with these claims.
 */
const FRESH_MFA_CLAIMS = '{"access_token":{"amr":{"essential":true,"values":["ngcmfa"]}}}';
const FRESH_MFA_WINDOW_MS = 10 * 60_000;

let steppedUpAt = Number.NEGATIVE_INFINITY;

// A documented refusal that is not about MFA: the tenant lacks the licence (docs/graph-notes.md §8.1).
const NOT_ABOUT_MFA = new Set(['Authentication_RequestFromNonPremiumTenantOrB2CTenant']);

/**
 * Whether Graph's 403 to a credential write may be that demand. Its body is undocumented, and a missing role
 * looks the same; but within 10 minutes of a step-up the MFA is recent, so the 403 is the role and no MFA is
 * asked again. Reads a copy of the answer: the caller still reads the body.
 */
async function mayNeedFreshMfa(response: Response): Promise<boolean> {
  if (Date.now() - steppedUpAt <= FRESH_MFA_WINDOW_MS) return false;
  try {
    const body = (await response.clone().json()) as { error?: { code?: unknown } };
    return !NOT_ABOUT_MFA.has(String(body.error?.code));
  } catch {
    return true;
  }
}

/**
 * A token meeting the claims: silently when the sign-in session's MFA is recent enough for Entra; otherwise
 * getToken has asked the operator (the shell's step-up dialog), and this waits for their answer. A decline
 * rejects with StepUpDeclinedError, so the write is not sent again.
 */
async function freshMfaToken(scopes: readonly string[], claims: string): Promise<string> {
  let token: string;
  try {
    token = await getToken(scopes, { claims, stepUp: true });
  } catch (error) {
    if (!(error instanceof SignInRequiredError)) throw error;
    await sessionChallengeSettled();
    token = await getToken(scopes, { claims });
  }
  steppedUpAt = Date.now();
  return token;
}

/**
 * Graph's 403 to a credential write, answered: a token meeting the claims (a challenge header's, else the ones
 * the docs name) once the operator verified, or undefined when the 403 cannot be that demand. Loaded by the
 * Graph client when first needed: most sessions never meet the rule.
 */
export async function freshMfaTokenFor(
  response: Response,
  scopes: readonly string[],
): Promise<string | undefined> {
  if (!(await mayNeedFreshMfa(response))) return undefined;
  const asked = readClaimsChallenge(response.headers);
  return freshMfaToken(scopes, asked && 'claims' in asked ? asked.claims : FRESH_MFA_CLAIMS);
}
