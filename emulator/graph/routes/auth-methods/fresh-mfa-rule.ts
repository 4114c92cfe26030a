import { isFreshMfa } from '../../../authority/fresh-mfa.ts';
import { GraphHttpError } from '../../graph-http-error.ts';
import type { GraphRequest } from '../../graph-route.ts';

/**
 * Credential writes need a recent MFA. Graph docs, whats-new-overview.md (January 2026): "Starting January 26,
 * 2026, users who manage their own authentication methods through self-service operations [...] must complete
 * multifactor authentication (MFA) if they last authenticated more than 10 minutes ago in the current session."
 * The API overview adds that it "applies to both end users and administrators managing credentials", and that
 * apps must handle 403 Forbidden by asking again interactively for
 * {"access_token":{"amr":{"essential":true,"values":["ngcmfa"]}}}. Default: everyone (the stricter reading);
 * `freshMfaForCredentialWrites` narrows it to self-service or turns it off.
 *
 * The 403's code and body are not documented. This one is Graph's usual authorization refusal, so nothing in
 * the app can tell it from a missing role by its body: the app must not lean on an unconfirmed shape.
 */
export function requireFreshMfa(request: GraphRequest, self: boolean): void {
  const rule = request.state.options.freshMfaForCredentialWrites;
  if (rule === 'off' || (rule === 'selfService' && !self)) return;
  if (isFreshMfa(request.caller.mfaAt, request.now)) return;
  throw new GraphHttpError(
    403,
    'Authorization_RequestDenied',
    'Managing authentication methods requires multifactor authentication within the last 10 minutes.',
  );
}
