import { GRAPH_RESOURCE } from '../authority/scopes.ts';
import { consentedScopes } from '../authority/consent.ts';
import { issueAccessToken } from '../authority/tokens.ts';
import type { Route } from '../http/router.ts';
import { sendEmpty, sendJson } from '../http/respond.ts';
import { findUser } from '../tenant/model.ts';
import { findPersona, PERSONAS, personaUpn } from '../tenant/personas.ts';
import { parseJson } from './parse-json.ts';
import { settingsRoutes } from './settings-routes.ts';

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
      let body: Record<string, unknown>;
      try {
        body = parseJson(ctx.body);
      } catch {
        return sendJson(ctx.res, 400, { error: 'body must be JSON: {"persona": "security-lead"}' });
      }
      const persona =
        typeof body.persona === 'string' ? findPersona(body.persona, state.tenant.domain) : undefined;
      const user = persona && findUser(state.tenant, personaUpn(persona, state.tenant.domain));
      if (!user)
        return sendJson(ctx.res, 400, {
          error: `unknown persona; one of ${PERSONAS.map((p) => p.id).join(', ')}`,
        });
      // Each caller may name its own app: Graph's throttling is per app, so test readers need not share a budget.
      const appId = typeof body.appId === 'string' && body.appId ? body.appId : 'emulator-control';
      // Explicit scopes are minted as asked: tests probe scopes the demo app has no consent for.
      const scopes = Array.isArray(body.scopes)
        ? body.scopes.filter((s): s is string => typeof s === 'string')
        : consentedScopes(state, appId);
      const { token, expiresIn } = await issueAccessToken(state, user, appId, scopes);
      sendJson(ctx.res, 200, {
        token_type: 'Bearer',
        access_token: token,
        expires_in: expiresIn,
        scope: scopes.map((s) => `${GRAPH_RESOURCE}/${s}`).join(' '),
      });
    },
  },
  ...settingsRoutes,
];
