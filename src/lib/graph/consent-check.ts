import { reportSessionChallenge } from '../auth/session-challenge.ts';
import { scopesWithoutConsent } from '../auth/token-provider.ts';

/**
 * Graph refused (403) with a token Entra issued without some of the scopes asked for: that is missing consent,
 * which the user (or an administrator) can grant, so the shell asks for it. Otherwise the refusal is a role.
 */
export function askConsentIfMissing(scopes: readonly string[]): boolean {
  const missing = scopesWithoutConsent(scopes);
  if (missing.length) reportSessionChallenge({ scopes, consentFor: missing });
  return missing.length > 0;
}
