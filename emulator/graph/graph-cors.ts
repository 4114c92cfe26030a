import type { EmulatorState } from '../emulator-state.ts';
import type { RequestContext } from '../http/request-context.ts';

const EXPOSED = [
  'ETag',
  'Location',
  'Preference-Applied',
  'Content-Range',
  'request-id',
  'client-request-id',
];

/** Headers on every Graph response: ids for support cases, and CORS as Graph sends it (§8.4). */
export function graphResponseHeaders(ctx: RequestContext, state: EmulatorState): Record<string, string> {
  const expose = state.options.exposeRetryAfter ? [...EXPOSED, 'Retry-After'] : EXPOSED;
  return {
    'request-id': ctx.requestId,
    'client-request-id': ctx.clientRequestId ?? ctx.requestId,
    'x-ms-ags-diagnostic': JSON.stringify({
      ServerInfo: {
        DataCenter: 'Local Emulator',
        Slice: 'E',
        Ring: '0',
        ScaleUnit: '000',
        RoleInstance: 'emulator',
      },
    }),
    'Strict-Transport-Security': 'max-age=31536000',
    'Cache-Control': 'no-cache',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': expose.join(', '),
  };
}

export function sendGraphPreflight(ctx: RequestContext): void {
  ctx.res.writeHead(204, {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET,POST,PATCH,PUT,DELETE,OPTIONS',
    'Access-Control-Allow-Headers':
      'Authorization,Content-Type,ConsistencyLevel,client-request-id,Prefer,x-ms-throttle-priority',
    'Access-Control-Max-Age': '3600',
  });
  ctx.res.end();
}
