import type { Route } from '../http/router.ts';
import { escapeHtml, sendHtml, sendJson } from '../http/respond.ts';
import { handleAuthorize, handleLogout } from './authorize.ts';
import { PERSONA_PAGE_CSS } from './persona-page.ts';
import { handleToken, handleTokenPreflight } from './token-endpoint.ts';
import { issuerOf } from './tokens.ts';

// The tenant segment accepts the tenant id, its domain, or the multi-tenant aliases MSAL may use.
const T = '(?<tenant>[^/]+)';
const ALLOW_ORIGIN = { 'Access-Control-Allow-Origin': '*' };

export const authorityRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^/${T}/v2\\.0/\\.well-known/openid-configuration$`),
    handler: (ctx, state) => {
      const base = `${ctx.baseUrl}/${state.tenant.id}`;
      sendJson(
        ctx.res,
        200,
        {
          issuer: issuerOf(ctx.baseUrl, state.tenant.id),
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/oauth2/v2.0/token`,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          jwks_uri: `${ctx.baseUrl}/${state.tenant.id}/discovery/v2.0/keys`,
          response_modes_supported: ['query', 'fragment', 'form_post'],
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
          subject_types_supported: ['pairwise'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['plain', 'S256'],
          token_endpoint_auth_methods_supported: [
            'client_secret_post',
            'private_key_jwt',
            'client_secret_basic',
          ],
          claims_supported: [
            'sub',
            'iss',
            'aud',
            'exp',
            'iat',
            'nonce',
            'name',
            'preferred_username',
            'oid',
            'tid',
            'ver',
          ],
          tenant_region_scope: 'EU',
          cloud_instance_name: 'microsoftonline.com',
        },
        ALLOW_ORIGIN,
      );
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/${T}/discovery/v2\\.0/keys$`),
    handler: (ctx, state) => sendJson(ctx.res, 200, { keys: [state.key.publicJwk] }, ALLOW_ORIGIN),
  },
  { method: 'GET', pattern: new RegExp(`^/${T}/oauth2/v2\\.0/authorize$`), handler: handleAuthorize },
  { method: 'POST', pattern: new RegExp(`^/${T}/oauth2/v2\\.0/authorize$`), handler: handleAuthorize },
  { method: 'POST', pattern: new RegExp(`^/${T}/oauth2/v2\\.0/token$`), handler: handleToken },
  { method: 'OPTIONS', pattern: new RegExp(`^/${T}/oauth2/v2\\.0/token$`), handler: handleTokenPreflight },
  { method: 'GET', pattern: new RegExp(`^/${T}/oauth2/v2\\.0/logout$`), handler: handleLogout },
  {
    method: 'GET',
    pattern: /^\/authority\.css$/,
    handler: (ctx) => {
      ctx.res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' });
      ctx.res.end(PERSONA_PAGE_CSS);
    },
  },
];

authorityRoutes.push({
  method: 'GET',
  pattern: /^\/$/,
  // Opening the emulator once lets a browser accept its certificate; this page says what to do next.
  handler: (ctx, state) =>
    sendHtml(
      ctx.res,
      200,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Entra emulator</title><link rel="stylesheet" href="/authority.css"></head><body><main><h1>The emulator is running</h1><p class="note">Tenant ${escapeHtml(state.tenant.displayName)} with ${state.tenant.users.length} users. Your browser now trusts this local certificate for this session: return to the dashboard tab and sign in.</p></main></body></html>`,
    ),
});
