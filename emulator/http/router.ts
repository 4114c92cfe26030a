import type { EmulatorState } from '../emulator-state.ts';
import type { RequestContext } from './request-context.ts';

export type RouteHandler = (
  ctx: RequestContext,
  state: EmulatorState,
  params: Record<string, string>,
) => void | Promise<void>;

export interface Route {
  method: string;
  /** Matched against the decoded path; named groups become params. */
  pattern: RegExp;
  handler: RouteHandler;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** Finds the route for a path; `methodMismatch` tells a 405 apart from a 404. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): RouteMatch | 'methodMismatch' | undefined {
  let pathMatched = false;
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    pathMatched = true;
    if (route.method === method) return { route, params: { ...match.groups } };
  }
  return pathMatched ? 'methodMismatch' : undefined;
}
