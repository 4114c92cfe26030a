import type { EmulatorState } from '../emulator-state.ts';
import type { RequestContext } from '../http/request-context.ts';
import { sendEmpty, sendJson } from '../http/respond.ts';
import { authenticateCaller } from './graph-caller.ts';
import { graphResponseHeaders, sendGraphPreflight } from './graph-cors.ts';
import { sendGraphError } from './graph-error-body.ts';
import { GraphHttpError } from './graph-http-error.ts';
import type { GraphRoute, GraphVersion } from './graph-route.ts';
import { graphRoutes } from './graph-routes.ts';
import { ODataQueryError } from './odata/index.ts';

const VERSION_PREFIX = /^\/(v1\.0|beta)(\/.*)?$/;

export function isGraphPath(path: string): boolean {
  return VERSION_PREFIX.test(path);
}

function findRoute(
  method: string,
  path: string,
  version: GraphVersion,
): { route: GraphRoute; params: Record<string, string> } | 'methodMismatch' | undefined {
  let pathMatched = false;
  for (const route of graphRoutes) {
    if (route.versions && !route.versions.includes(version)) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    pathMatched = true;
    if (route.method === method) return { route, params: { ...match.groups } };
  }
  return pathMatched ? 'methodMismatch' : undefined;
}

/** Serves `/v1.0/...` and `/beta/...`: token check, routing, and every failure in Graph's error body. */
export async function handleGraph(ctx: RequestContext, state: EmulatorState): Promise<void> {
  if (ctx.method === 'OPTIONS') return sendGraphPreflight(ctx);
  const [, version = 'v1.0', rest = '/'] = VERSION_PREFIX.exec(ctx.url.pathname) ?? [];
  try {
    const caller = await authenticateCaller(ctx, state);
    const found = findRoute(ctx.method, rest, version as GraphVersion);
    if (found === 'methodMismatch')
      throw new GraphHttpError(
        405,
        'Request_BadRequest',
        'Specified HTTP method is not allowed for the request target.',
      );
    if (!found) {
      const segment = rest.split('/').filter(Boolean)[0] ?? '';
      throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
    }
    const result = await found.route.handler({
      ctx,
      state,
      caller,
      params: found.params,
      version: version as GraphVersion,
      now: state.clock.now(),
    });
    const headers = { ...graphResponseHeaders(ctx, state), ...result.headers };
    if (result.body === undefined) sendEmpty(ctx.res, result.status, headers);
    else sendJson(ctx.res, result.status, result.body, headers);
  } catch (error) {
    if (error instanceof GraphHttpError)
      return sendGraphError(ctx, state, error.status, error.code, error.message, error.headers);
    if (error instanceof ODataQueryError) return sendGraphError(ctx, state, 400, error.code, error.message);
    console.error('[emulator] unexpected error', error);
    sendGraphError(ctx, state, 500, 'InternalServerError', 'An internal server error occurred.');
  }
}
