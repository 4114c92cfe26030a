import { canRevokeSessionsOf } from '../../tenant/admin-targets.ts';
import { findUser } from '../../tenant/model.ts';
import { requireScope } from '../graph-caller.ts';
import { insufficientPrivileges, notFound } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import { odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';

/**
 * Sets the user's sessions-valid-from to now: refresh tokens issued earlier stop working. The real
 * service answers 200 with an Edm.Boolean although the docs say 204 (docs/graph-notes.md §11.6).
 */
function revokeSignInSessions(request: GraphRequest) {
  readQueryOptions(request.ctx.url, []);
  const { caller, state, params, now } = request;
  requireScope(caller, ['User.RevokeSessions.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All']);
  const key = params.user ? decodeURIComponent(params.user) : undefined;
  const target = key === undefined ? caller.user : findUser(state.tenant, key);
  if (!target) throw notFound(key ?? '');
  if (!canRevokeSessionsOf(caller.user, target, state.tenant.delegation)) throw insufficientPrivileges();
  // Guests sign in at their home tenant: Graph accepts the call, but nothing here changes for them.
  if (target.userType === 'member') target.signInSessionsValidFrom = now;
  if (state.options.revokeSessionsAnswer === 'noContent') return { status: 204 };
  return ok({
    '@odata.context': odataContext(request.ctx.baseUrl, request.version, 'Edm.Boolean'),
    value: true,
  });
}

export const revokeSessionsRoutes: GraphRoute[] = [
  {
    method: 'POST',
    pattern: /^\/(?:me|users\/(?<user>[^/]+))\/revokeSignInSessions$/,
    handler: revokeSignInSessions,
  },
];
