import { createHash } from 'node:crypto';
import type { EmulatorState } from '../emulator-state.ts';
import type { RequestContext } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import { declaresCp1 } from './client-capabilities.ts';
import { consentRequiredText, unconsentedAnswer, unconsentedScopes } from './consent.ts';
import { claimsAskForMfa, isFreshMfa, MFA_REQUIRED_TEXT } from './fresh-mfa.ts';
import { sendOAuthError } from './oauth-error.ts';
import { parseScopes, unknownResourceText } from './scopes.ts';
import { clientInfoOf, grantedGraphScopes, issueAccessToken, issueIdToken, opaqueToken } from './tokens.ts';

function corsHeaders(ctx: RequestContext): Record<string, string> {
  const origin = ctx.req.headers.origin;
  return origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
}

/** Redeems an authorization code (PKCE checked) or a refresh token for Graph and ID tokens. */
export async function handleToken(ctx: RequestContext, state: EmulatorState): Promise<void> {
  const cors = corsHeaders(ctx);
  const form = new URLSearchParams(ctx.body);
  const grantType = form.get('grant_type');
  const clientId = form.get('client_id');
  const fail = (status: number, error: string, code: number, text: string) =>
    sendOAuthError(ctx, status, error, code, text, cors);
  if (!clientId)
    return fail(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'client_id'.",
    );

  let userId: string;
  let scope: string;
  let nonce: string | undefined;
  let mfaAt: number | undefined;
  if (grantType === 'authorization_code') {
    const code = state.codes.get(form.get('code') ?? '');
    state.codes.delete(form.get('code') ?? '');
    if (!code || code.expiresAt < state.clock.now())
      return fail(
        400,
        'invalid_grant',
        70008,
        'The provided authorization code or refresh token has expired or was already used.',
      );
    if (code.clientId !== clientId)
      return fail(400, 'invalid_grant', 70002, 'The client does not match the one the code was issued to.');
    if (code.redirectUri !== form.get('redirect_uri'))
      return fail(
        400,
        'invalid_grant',
        50148,
        'The redirect_uri does not match the one used in the authorization request.',
      );
    const verifier = form.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== code.codeChallenge) {
      return fail(
        400,
        'invalid_grant',
        501481,
        'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
      );
    }
    userId = code.userId;
    // The token request may narrow the scopes; if it names none, the authorize request's apply.
    scope = form.get('scope') ?? code.scope;
    nonce = code.nonce;
    mfaAt = code.mfaAt;
  } else if (grantType === 'refresh_token') {
    const grant = state.refreshTokens.get(form.get('refresh_token') ?? '');
    if (!grant || grant.clientId !== clientId)
      return fail(
        400,
        'invalid_grant',
        700084,
        'The refresh token was issued to a different client or is no longer valid.',
      );
    if (grant.issuedAt < (state.tenant.usersById.get(grant.userId)?.signInSessionsValidFrom ?? 0)) {
      return fail(
        400,
        'invalid_grant',
        50173,
        'The provided grant has expired due to it being revoked, a fresh auth token is needed.',
      );
    }
    userId = grant.userId;
    scope = form.get('scope') ?? grant.scope;
    mfaAt = grant.mfaAt;
  } else {
    return fail(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
  }

  const user = state.tenant.usersById.get(userId);
  if (!user?.accountEnabled)
    return fail(400, 'invalid_grant', 50057, 'The user account is disabled or does not exist.');
  const parsed = parseScopes(scope, ctx.baseUrl);
  if (parsed.unknownResources.length)
    return fail(
      400,
      'invalid_resource',
      500011,
      unknownResourceText(parsed.unknownResources[0]!, state.tenant.domain),
    );
  const missing = unconsentedScopes(state, clientId, parsed.graph);
  if (missing.length && unconsentedAnswer(state, clientId) === 'consent_required')
    return sendOAuthError(ctx, 400, 'invalid_grant', 65001, consentRequiredText(clientId), cors, {
      suberror: 'consent_required',
    });
  // Claims asking for MFA need a sign-in whose MFA is recent; a token request cannot ask the user for it.
  if (claimsAskForMfa(form.get('claims')) && !isFreshMfa(mfaAt, state.clock.now()))
    return sendOAuthError(ctx, 400, 'invalid_grant', 50076, MFA_REQUIRED_TEXT, cors, {
      suberror: 'basic_action',
    });
  const graphScopes = grantedGraphScopes(state, scope, clientId, ctx.baseUrl);
  const cp1 = declaresCp1(form.get('claims'));
  const access = await issueAccessToken(state, user, clientId, graphScopes, ctx.baseUrl, { cp1, mfaAt });
  const refreshToken = opaqueToken();
  state.refreshTokens.set(refreshToken, { clientId, userId, scope, issuedAt: state.clock.now(), mfaAt });
  const { oidc } = parsed;
  sendJson(
    ctx.res,
    200,
    {
      token_type: 'Bearer',
      scope: [...graphScopes.map((s) => `${ctx.baseUrl}/${s}`), ...oidc].join(' '),
      expires_in: access.expiresIn,
      ext_expires_in: access.expiresIn,
      access_token: access.token,
      refresh_token: refreshToken,
      id_token: await issueIdToken(state, user, clientId, ctx.baseUrl, nonce),
      client_info: clientInfoOf(user, state.tenant.id),
    },
    { ...cors, 'Cache-Control': 'no-store', Pragma: 'no-cache' },
  );
}

export function handleTokenPreflight(ctx: RequestContext): void {
  ctx.res.writeHead(204, {
    ...corsHeaders(ctx),
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': ctx.req.headers['access-control-request-headers'] ?? 'Content-Type',
    'Access-Control-Max-Age': '86400',
  });
  ctx.res.end();
}
