import type { EmulatorState } from '../emulator-state.ts';
import type { RequestContext } from '../http/request-context.ts';
import type { GraphCaller } from './graph-caller.ts';

export type GraphVersion = 'v1.0' | 'beta';

/** Everything a Graph endpoint needs: the request, the tenant, who calls and which API version. */
export interface GraphRequest {
  ctx: RequestContext;
  state: EmulatorState;
  caller: GraphCaller;
  params: Record<string, string>;
  version: GraphVersion;
  now: number;
}

/** What an endpoint answers; the dispatcher adds Graph's common headers. */
export interface GraphResult {
  status: number;
  body?: unknown;
  /** A body sent as is instead of JSON (e.g. text/plain counts); set Content-Type in headers. */
  text?: string;
  headers?: Record<string, string>;
}

export interface GraphRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Matched against the path after `/v1.0` or `/beta`. */
  pattern: RegExp;
  versions?: readonly GraphVersion[];
  /** Which Graph limit the call counts against (docs/graph-notes.md §8.3); `directory` when absent. */
  throttle?: 'reports' | 'directory';
  handler: (request: GraphRequest) => GraphResult | Promise<GraphResult>;
}

export const ok = (body: unknown, headers?: Record<string, string>): GraphResult => ({
  status: 200,
  body,
  headers,
});
