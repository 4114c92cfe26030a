import type { RequestContext } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import { graphResponseHeaders } from './graph-cors.ts';
import type { EmulatorState } from '../emulator-state.ts';

/** Graph's innerError date has no timezone suffix (docs/graph-notes.md §8.1). */
export function innerErrorDate(now: number): string {
  return new Date(now).toISOString().replace(/\.\d+Z$/, '');
}

export function graphErrorBody(ctx: RequestContext, now: number, code: string, message: string) {
  const innerError: Record<string, string> = { date: innerErrorDate(now), 'request-id': ctx.requestId };
  innerError['client-request-id'] = ctx.clientRequestId ?? ctx.requestId;
  // Throttling responses carry the status again inside innerError (docs/graph-notes.md §8.2).
  if (code === 'TooManyRequests')
    Object.assign(innerError, { code: '429', message: 'Please retry after', status: '429' });
  return { error: { code, message, innerError } };
}

export function sendGraphError(
  ctx: RequestContext,
  state: EmulatorState,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(ctx.res, status, graphErrorBody(ctx, state.clock.now(), code, message), {
    ...graphResponseHeaders(ctx, state),
    ...headers,
  });
}
