import type { AuthoritySession, EmulatorState } from '../emulator-state.ts';
import type { RequestContext } from '../http/request-context.ts';
import { redirect, sendHtml } from '../http/respond.ts';
import { findUser } from '../tenant/model.ts';
import { findPersona, personaUpn } from '../tenant/personas.ts';
import { consentRequiredText, grantConsent, unconsentedAnswer, unconsentedScopes } from './consent.ts';
import { adminApprovalText, adminOnly, mayGrantAdminConsent } from './admin-consent.ts';
import { adminApprovalPage, consentPage } from './consent-page.ts';
import { claimsAskForMfa, isFreshMfa, MFA_REQUIRED_TEXT, mfaPage } from './fresh-mfa.ts';
import { authorizeErrorUrl } from './oauth-error.ts';
import { personaPage } from './persona-page.ts';
import { parseScopes, unknownResourceText } from './scopes.ts';
import { isAllowedRedirectUri } from './redirect-uri.ts';
import { clientInfoOf, opaqueToken } from './tokens.ts';

const SESSION_COOKIE = 'emulator_session';
const CODE_LIFETIME_MS = 10 * 60_000;

/**
 * The browser's sign-in session, unless it ended: revokeSignInSessions invalidates the refresh tokens "as well
 * as session cookies in a user's browser" (Graph docs, api/user-revokesigninsessions.md), and a disabled
 * account has none.
 */
function liveSession(ctx: RequestContext, state: EmulatorState): AuthoritySession | undefined {
  const cookie = ctx.req.headers.cookie ?? '';
  const match = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(cookie);
  const session = match?.[1] ? state.sessions.get(match[1]) : undefined;
  const user = session && state.tenant.usersById.get(session.userId);
  if (!session || !user?.accountEnabled) return undefined;
  return session.startedAt < (user.signInSessionsValidFrom ?? 0) ? undefined : session;
}

function badRequestPage(ctx: RequestContext, message: string): void {
  // Without a valid redirect URI Entra shows its own error page rather than redirecting.
  sendHtml(
    ctx.res,
    400,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in error</title><link rel="stylesheet" href="/authority.css"></head><body><main><h1>Sign-in error</h1><p class="error">${message}</p></main></body></html>`,
  );
}

/**
 * GET shows the persona page (or answers at once for login_hint / prompt=none); POST is a persona pick or a
 * consent answer. Scopes without consent get Entra's consent page, or `consent_required` when silent.
 */
export async function handleAuthorize(ctx: RequestContext, state: EmulatorState): Promise<void> {
  const params = ctx.method === 'POST' ? new URLSearchParams(ctx.body) : ctx.url.searchParams;
  const redirectUri = params.get('redirect_uri');
  const clientId = params.get('client_id');
  if (!clientId)
    return badRequestPage(
      ctx,
      "AADSTS900144: The request body must contain the following parameter: 'client_id'.",
    );
  if (!isAllowedRedirectUri(redirectUri)) {
    return badRequestPage(
      ctx,
      'AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application.',
    );
  }
  const responseMode = params.get('response_mode') ?? 'fragment';
  const reply = (values: Record<string, string>, headers: Record<string, string> = {}) => {
    const stateParam = params.get('state');
    redirect(
      ctx.res,
      authorizeErrorUrl(redirectUri, responseMode, stateParam ? { ...values, state: stateParam } : values),
      headers,
    );
  };
  const fail = (error: string, description: string, extra: Record<string, string> = {}) =>
    reply({ error, error_description: description, ...extra });

  if (params.get('response_type') !== 'code')
    return fail('unsupported_response_type', 'AADSTS700054: response_type must be code.');
  const codeChallenge = params.get('code_challenge');
  if (!codeChallenge || params.get('code_challenge_method') !== 'S256') {
    return fail(
      'invalid_request',
      'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
    );
  }

  const prompt = params.get('prompt');
  let userId: string | undefined;
  const picked = ctx.method === 'POST' ? params.get('persona') : null;
  if (picked === '__cancel')
    return fail('access_denied', 'AADSTS50126: The user canceled the sign-in.', { error_subcode: 'cancel' });
  const hint = params.get('login_hint');
  const fromPersona = (key: string) => {
    const persona = findPersona(key, state.tenant.domain);
    return persona
      ? findUser(state.tenant, personaUpn(persona, state.tenant.domain))?.id
      : findUser(state.tenant, key)?.id;
  };
  if (picked) userId = fromPersona(picked);
  else if (prompt === 'none') {
    // Silent answers come from a live sign-in session only; a login_hint names whom it must be for.
    userId = liveSession(ctx, state)?.userId;
    if (!userId)
      return fail(
        'login_required',
        'AADSTS50058: A silent sign-in request was sent but no user is signed in.',
      );
    if (hint && fromPersona(hint) !== userId)
      return fail(
        'interaction_required',
        'AADSTS16000: The signed-in user is not the one the request names; the user must pick an account.',
      );
  } else if (hint && prompt !== 'login' && prompt !== 'select_account') {
    userId = fromPersona(hint);
  }

  if (!userId) {
    const message = picked || hint ? `No demo persona matches "${picked ?? hint}".` : undefined;
    return sendHtml(ctx.res, 200, personaPage(ctx.url.pathname, params, state.tenant.domain, message));
  }
  const user = state.tenant.usersById.get(userId);
  if (!user?.accountEnabled) return fail('access_denied', 'AADSTS50057: The user account is disabled.');

  // Multifactor authentication, before consent as on Entra: asked for by the request's claims (a step-up), or
  // part of every interactive sign-in when the tenant requires it (mfaAtSignIn).
  const now = state.clock.now();
  const session = liveSession(ctx, state);
  let mfaAt = session?.userId === userId ? session.mfaAt : undefined;
  if (picked && state.options.mfaAtSignIn) mfaAt = now;
  const mfa = ctx.method === 'POST' ? params.get('mfa') : null;
  if (mfa === 'cancel')
    return fail(
      'access_denied',
      'AADSTS500121: Authentication failed during strong authentication request.',
      {
        error_subcode: 'cancel',
      },
    );
  if (mfa === 'approve') mfaAt = now;
  if (claimsAskForMfa(params.get('claims')) && !isFreshMfa(mfaAt, now)) {
    if (prompt === 'none') return fail('interaction_required', `AADSTS50076: ${MFA_REQUIRED_TEXT}`);
    return sendHtml(ctx.res, 200, mfaPage(ctx.url.pathname, params, user.userPrincipalName));
  }

  const scope = params.get('scope') ?? 'openid profile';
  const parsed = parseScopes(scope, ctx.baseUrl);
  if (parsed.unknownResources.length)
    return fail(
      'invalid_resource',
      `AADSTS500011: ${unknownResourceText(parsed.unknownResources[0]!, state.tenant.domain)}`,
    );
  const asked = parsed.graph;
  const missing = unconsentedScopes(state, clientId, asked);
  const needsConsent = missing.length > 0 && unconsentedAnswer(state, clientId) === 'consent_required';
  const consent = ctx.method === 'POST' ? params.get('consent') : null;
  if (consent === 'cancel')
    return fail('access_denied', 'AADSTS65004: User declined to consent to access the app.', {
      error_subcode: 'cancel',
    });
  const listed = missing.length ? missing : asked;
  // Only an administrator may consent to admin-only permissions, for the whole organisation.
  const needsAdmin = adminOnly(listed).length > 0 && !mayGrantAdminConsent(user);
  if (consent === 'accept') {
    if (needsAdmin) return fail('access_denied', adminApprovalText(clientId));
    grantConsent(state, clientId, missing);
  } else if (needsConsent && prompt === 'none')
    return fail('consent_required', `AADSTS65001: ${consentRequiredText(clientId)}`);
  else if (needsConsent || prompt === 'consent') {
    const page = needsAdmin
      ? adminApprovalPage(ctx.url.pathname, params, user.userPrincipalName, adminApprovalText(clientId))
      : consentPage(ctx.url.pathname, params, user.userPrincipalName, listed, mayGrantAdminConsent(user));
    return sendHtml(ctx.res, 200, page);
  }

  const code = opaqueToken();
  state.codes.set(code, {
    clientId,
    redirectUri,
    codeChallenge,
    scope,
    nonce: params.get('nonce') ?? undefined,
    userId,
    expiresAt: now + CODE_LIFETIME_MS,
    mfaAt,
  });
  const cookie = opaqueToken();
  state.sessions.set(cookie, { userId, startedAt: now, mfaAt });
  reply(
    { code, client_info: clientInfoOf(user, state.tenant.id), session_state: cookie.slice(0, 16) },
    { 'Set-Cookie': `${SESSION_COOKIE}=${cookie}; Path=/; HttpOnly; Secure; SameSite=None` },
  );
}

export function handleLogout(ctx: RequestContext, state: EmulatorState): void {
  const cookie = ctx.req.headers.cookie ?? '';
  const match = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(cookie);
  if (match?.[1]) state.sessions.delete(match[1]);
  const clear = { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=None` };
  const target = ctx.url.searchParams.get('post_logout_redirect_uri');
  if (isAllowedRedirectUri(target)) {
    const stateParam = ctx.url.searchParams.get('state');
    return redirect(
      ctx.res,
      stateParam
        ? `${target}${target.includes('?') ? '&' : '?'}state=${encodeURIComponent(stateParam)}`
        : target,
      clear,
    );
  }
  sendHtml(
    ctx.res,
    200,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed out</title><link rel="stylesheet" href="/authority.css"></head><body><main><h1>You signed out of your account</h1><p class="note">It\'s a good idea to close all browser windows.</p></main></body></html>',
    clear,
  );
}
