/**
 * What Entra does when a token request names a Graph scope the app has no consent for: real Entra answers
 * AADSTS65001 `consent_required` (silent requests) or shows a consent page (interactive ones); `omit` issues
 * the token without the scope, as a `.default` request does, so Graph answers 403 later.
 */
export type UnconsentedScopeAnswer = 'consent_required' | 'omit';

/** Per app registration: scopes an administrator revoked (control API) or the user consented to since. */
export interface AppConsent {
  revoked: Set<string>;
  answer: UnconsentedScopeAnswer;
}

export type ConsentStore = Map<string, AppConsent>;
