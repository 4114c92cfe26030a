import type { EmulatorState } from '../emulator-state.ts';
import type { RequestContext } from '../http/request-context.ts';
import { sendEmpty, sendJson } from '../http/respond.ts';
import { handleBatch } from './batch/batch-handler.ts';
import { faultResponse, takeRequestFault } from './faults/apply-fault.ts';
import { authenticateCaller } from './graph-caller.ts';
import { graphResponseHeaders, sendGraphPreflight } from './graph-cors.ts';
import { graphErrorBody } from './graph-error-body.ts';
import { GraphHttpError } from './graph-http-error.ts';
import type { GraphResponse } from './graph-response.ts';
import type { GraphRoute, GraphVersion } from './graph-route.ts';

export type { GraphResponse } from './graph-response.ts';
import { graphRoutes } from './graph-routes.ts';
import { ODataQueryError } from './odata/index.ts';
import { throttleRequest } from './throttle/throttle-request.ts';

const VERSION_PREFIX = /^\/(v1\.0|beta)(\/.*)?$/;

export function isGraphPath(path: string): boolean {
  return VERSION_PREFIX.test(path);
}

export function splitGraphPath(pathname: string): { version: GraphVersion; path: string } {
  const [, version = 'v1.0', path = '/'] = VERSION_PREFIX.exec(pathname) ?? [];
  return { version: version as GraphVersion, path };
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

export function errorResponse(
  ctx: RequestContext,
  state: EmulatorState,
  error: GraphHttpError,
): GraphResponse {
  return {
    status: error.status,
    headers: { ...graphResponseHeaders(ctx, state), ...error.headers },
    body: graphErrorBody(ctx, state.clock.now(), error.code, error.message),
  };
}

/** Token check, throttling, routing and Graph's error body for every failure; no transport concerns. */
async function execute(ctx: RequestContext, state: EmulatorState): Promise<GraphResponse> {
  const { version, path } = splitGraphPath(ctx.url.pathname);
  try {
    const caller = await authenticateCaller(ctx, state);
    const found = findRoute(ctx.method, path, version);
    if (found === 'methodMismatch')
      throw new GraphHttpError(
        405,
        'Request_BadRequest',
        'Specified HTTP method is not allowed for the request target.',
      );
    if (!found) {
      const segment = path.split('/').filter(Boolean)[0] ?? '';
      throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
    }
    const throttleHeaders = throttleRequest(ctx, state, caller.appId, found.route.throttle ?? 'directory');
    const result = await found.route.handler({
      ctx,
      state,
      caller,
      params: found.params,
      version,
      now: state.clock.now(),
    });
    return {
      status: result.status,
      headers: { ...graphResponseHeaders(ctx, state), ...throttleHeaders, ...result.headers },
      body: result.body,
      raw: result.text,
    };
  } catch (error) {
    if (error instanceof GraphHttpError) return errorResponse(ctx, state, error);
    if (error instanceof ODataQueryError)
      return errorResponse(ctx, state, new GraphHttpError(400, error.code, error.message));
    console.error('[emulator] unexpected error', error);
    return errorResponse(
      ctx,
      state,
      new GraphHttpError(500, 'InternalServerError', 'An internal server error occurred.'),
    );
  }
}

/** Runs a request under the injected fault that matches it, if any (before it runs, or after with `afterRunning`). */
async function withFault(
  ctx: RequestContext,
  state: EmulatorState,
  path: string,
  run: () => Promise<GraphResponse>,
): Promise<GraphResponse> {
  const fault = takeRequestFault(ctx, state, path);
  if (!fault) return run();
  if (fault.afterRunning) {
    const real = await run();
    return (await faultResponse(ctx, state, fault)) ?? real;
  }
  return (await faultResponse(ctx, state, fault)) ?? run();
}

/** One Graph request, faults included: used for top-level requests and for each request inside a $batch. */
export async function runGraphRequest(ctx: RequestContext, state: EmulatorState): Promise<GraphResponse> {
  const { path } = splitGraphPath(ctx.url.pathname);
  return withFault(ctx, state, path, () => execute(ctx, state));
}

/** Serves `/v1.0/...` and `/beta/...`. */
export async function handleGraph(ctx: RequestContext, state: EmulatorState): Promise<void> {
  if (ctx.method === 'OPTIONS') return sendGraphPreflight(ctx);
  const { path } = splitGraphPath(ctx.url.pathname);
  // A fault on `/$batch` hits the envelope, as Graph's gateway does (throttling, timeouts, a revoked token).
  const response =
    path === '/$batch' && ctx.method === 'POST'
      ? await withFault(ctx, state, path, () => handleBatch(ctx, state, runGraphRequest))
      : await runGraphRequest(ctx, state);
  if (response.drop) {
    // Headers and a first byte, then the connection dies: with bytes already received, the browser cannot
    // quietly send the request again (it does when a reused connection closes before answering).
    ctx.res.writeHead(200, {
      ...response.headers,
      'Content-Type': 'application/json',
      'Content-Length': '64',
    });
    ctx.res.write('{', () => ctx.req.socket.destroy());
    return;
  }
  if (response.raw !== undefined) {
    ctx.res.writeHead(response.status, response.headers);
    ctx.res.end(response.raw);
  } else if (response.body === undefined) sendEmpty(ctx.res, response.status, response.headers);
  else sendJson(ctx.res, response.status, response.body, response.headers);
}
