import { consentedScopes } from '../authority/consent.ts';
import { issueAccessToken } from '../authority/tokens.ts';
import type { Route } from '../http/router.ts';
import { sendEmpty, sendJson } from '../http/respond.ts';
import type { EmulatorState } from '../emulator-state.ts';
import { findUser, type TenantUser } from '../tenant/model.ts';
import { findPersona, PERSONAS, personaUpn } from '../tenant/personas.ts';
import { appendSignIn } from '../tenant/sign-in-log.ts';
import { registerPasskey } from '../tenant/register-passkey.ts';
import type { RequestContext } from '../http/request-context.ts';
import { parseJson } from './parse-json.ts';
import { settingsRoutes } from './settings-routes.ts';

/** The request's JSON object, or undefined once a 400 has said how to call the route. */
function jsonBodyOr400(ctx: RequestContext, usage: string): Record<string, unknown> | undefined {
  try {
    return parseJson(ctx.body);
  } catch {
    sendJson(ctx.res, 400, { error: usage });
    return undefined;
  }
}

/** Test-only control API: reset the tenant, mint tokens, list personas. Enabled by --control. */
export const controlRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/__emulator\/reset$/,
    handler: (ctx, state) => {
      state.reset();
      sendEmpty(ctx.res, 204);
    },
  },
  {
    method: 'GET',
    pattern: /^\/__emulator\/personas$/,
    handler: (ctx, state) =>
      sendJson(ctx.res, 200, {
        value: PERSONAS.map((p) => ({
          ...p,
          userPrincipalName: personaUpn(p, state.tenant.domain),
          userId: findUser(state.tenant, personaUpn(p, state.tenant.domain))?.id,
        })),
      }),
  },
  {
    method: 'POST',
    pattern: /^\/__emulator\/token$/,
    handler: async (ctx, state) => {
      const body = jsonBodyOr400(ctx, 'body must be JSON: {"persona": "security-lead"}');
      if (!body) return;
      const user = requestedUser(body, state);
      if (!user)
        return sendJson(ctx.res, 400, {
          error: `unknown user; give "user" (an id or UPN) or "persona" (one of ${PERSONAS.map((p) => p.id).join(', ')})`,
        });
      // Each caller may name its own app: Graph's throttling is per app, so test readers need not share a budget.
      const appId = typeof body.appId === 'string' && body.appId ? body.appId : 'emulator-control';
      // Explicit scopes are minted as asked: tests probe scopes the demo app has no consent for.
      const scopes = Array.isArray(body.scopes)
        ? body.scopes.filter((s): s is string => typeof s === 'string')
        : consentedScopes(state, appId);
      // `"cp1": true` mints the token of a client that declared the CP1 capability (CAE-ready);
      // `"mfaMinutesAgo": n` one whose sign-in completed MFA n minutes ago (absent: a password alone).
      const mfaMinutesAgo = typeof body.mfaMinutesAgo === 'number' ? body.mfaMinutesAgo : undefined;
      const { token, expiresIn } = await issueAccessToken(state, user, appId, scopes, ctx.baseUrl, {
        cp1: body.cp1 === true,
        mfaAt: mfaMinutesAgo === undefined ? undefined : state.clock.now() - mfaMinutesAgo * 60_000,
      });
      sendJson(ctx.res, 200, {
        token_type: 'Bearer',
        access_token: token,
        expires_in: expiresIn,
        scope: scopes.map((s) => `${ctx.baseUrl}/${s}`).join(' '),
      });
    },
  },
  {
    // What an administrator's revokeSignInSessions does, without a Graph token: the user's refresh tokens and
    // browser sessions end now, and Graph challenges their CP1 clients' tokens (Continuous Access Evaluation).
    method: 'POST',
    pattern: /^\/__emulator\/revoke$/,
    handler: (ctx, state) => {
      const body = jsonBodyOr400(ctx, 'body must be JSON: {"user": "<id or UPN>"}');
      if (!body) return;
      const user = requestedUser(body, state);
      if (!user)
        return sendJson(ctx.res, 400, { error: 'unknown user; give "user" (an id or UPN) or "persona"' });
      user.signInSessionsValidFrom = state.clock.now();
      sendEmpty(ctx.res, 204);
    },
  },
  {
    // A user registering a passkey themselves (as after a Temporary Access Pass): {"user", "aaGuid"?, "displayName"?}.
    method: 'POST',
    pattern: /^\/__emulator\/passkeys$/,
    handler: (ctx, state) => {
      const body = jsonBodyOr400(ctx, 'body must be JSON: {"user": "<id or UPN>", "aaGuid"?: "<guid>"}');
      if (!body) return;
      const user = requestedUser(body, state);
      const aaGuid = typeof body.aaGuid === 'string' ? body.aaGuid : undefined;
      if (!user || (aaGuid !== undefined && !/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(aaGuid)))
        return sendJson(ctx.res, 400, {
          error: 'give "user" (an id or UPN) and, if any, "aaGuid" as a GUID',
        });
      const displayName = typeof body.displayName === 'string' ? body.displayName : undefined;
      try {
        const method = registerPasskey(state.tenant, user, state.clock.now(), { aaGuid, displayName });
        sendJson(ctx.res, 201, { id: method.id, aaGuid: method.aaGuid, passkeyType: method.passkeyType });
      } catch (error) {
        // Refused by the passkey policy, as Entra would refuse the user's registration.
        sendJson(ctx.res, 409, { error: error instanceof Error ? error.message : String(error) });
      }
    },
  },
  {
    // {"user":"<id or UPN>","method":"<method id>","mfa":true,"minutesAgo":5}: the user signs in with that
    // method (as a second factor after a password, unless it signs in alone), appended to the sign-in log.
    method: 'POST',
    pattern: /^\/__emulator\/sign-ins$/,
    handler: (ctx, state) => {
      const body = jsonBodyOr400(ctx, 'body must be JSON: {"user": "<id or UPN>", "method": "<id>"}');
      if (!body) return;
      const user = requestedUser(body, state);
      const method = user?.methods.find((m) => m.id === body.method);
      if (!user || !method)
        return sendJson(ctx.res, 400, {
          error: 'give "user" (an id or UPN) and "method" (one of their method ids)',
        });
      const minutesAgo = typeof body.minutesAgo === 'number' && body.minutesAgo >= 0 ? body.minutesAgo : 0;
      try {
        const signIn = appendSignIn(
          state.tenant,
          user,
          method,
          state.clock.now() - minutesAgo * 60_000,
          body.mfa !== false,
        );
        sendJson(ctx.res, 200, { id: signIn.id, createdDateTime: new Date(signIn.at).toISOString() });
      } catch (error) {
        sendJson(ctx.res, 400, { error: error instanceof Error ? error.message : String(error) });
      }
    },
  },
  ...settingsRoutes,
];

/** The user a control request names: `"user"` (an id or UPN) or `"persona"` (a persona id). */
function requestedUser(body: Record<string, unknown>, state: EmulatorState): TenantUser | undefined {
  if (typeof body.user === 'string') return findUser(state.tenant, body.user);
  const persona =
    typeof body.persona === 'string' ? findPersona(body.persona, state.tenant.domain) : undefined;
  return persona && findUser(state.tenant, personaUpn(persona, state.tenant.domain));
}
