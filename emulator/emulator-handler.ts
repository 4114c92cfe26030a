import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorityRoutes } from './authority/authority-routes.ts';
import { controlRoutes } from './control/control-routes.ts';
import type { EmulatorState } from './emulator-state.ts';
import { handleGraph, isGraphPath } from './graph/graph-handler.ts';
import { createRequestContext } from './http/request-context.ts';
import { sendJson } from './http/respond.ts';
import { matchRoute, type Route } from './http/router.ts';

/** One request handler for the authority, Graph and (if enabled) the control API. */
export function createEmulatorHandler(state: EmulatorState, secure: boolean) {
  const routes: Route[] = state.options.control ? [...authorityRoutes, ...controlRoutes] : authorityRoutes;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const ctx = await createRequestContext(req, res, secure);
      if (isGraphPath(ctx.url.pathname)) return await handleGraph(ctx, state);
      const match = matchRoute(routes, ctx.method, ctx.url.pathname);
      if (match === 'methodMismatch') return sendJson(res, 405, { error: 'method_not_allowed' });
      if (!match)
        return sendJson(res, 404, {
          error: 'not_found',
          error_description: `No emulator endpoint at ${ctx.url.pathname}.`,
        });
      await match.route.handler(ctx, state, match.params);
    } catch (error) {
      console.error('[emulator] request failed', error);
      if (!res.headersSent)
        sendJson(res, 500, {
          error: 'server_error',
          error_description: 'The emulator failed to handle the request.',
        });
      else res.end();
    }
  };
}
