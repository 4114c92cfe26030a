import { setTimeout as sleep } from 'node:timers/promises';
import type { EmulatorState } from '../../emulator-state.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { graphResponseHeaders } from '../graph-cors.ts';
import { graphErrorBody } from '../graph-error-body.ts';
import type { GraphResponse } from '../graph-handler.ts';
import { defaultErrorFor, takeFault } from './fault-rules.ts';

/** The caller's app id read from the token without verifying it: faults run before authentication. */
function unverifiedAppId(ctx: RequestContext): string | undefined {
  const token = /^Bearer\s+(.+)$/i.exec(ctx.req.headers.authorization ?? '')?.[1];
  try {
    const payload = JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      appid?: unknown;
    };
    return typeof payload.appid === 'string' ? payload.appid : undefined;
  } catch {
    return undefined;
  }
}

/** Applies an injected fault to this request, or returns undefined to let it run normally. */
export async function applyFault(
  ctx: RequestContext,
  state: EmulatorState,
  path: string,
): Promise<GraphResponse | undefined> {
  const fault = state.faults.length
    ? takeFault(state.faults, ctx.method, path, unverifiedAppId(ctx))
    : undefined;
  if (!fault) return undefined;
  if (fault.latencyMs) await sleep(fault.latencyMs);
  const headers = graphResponseHeaders(ctx, state);
  if (fault.drop) return { status: 0, headers, drop: true };
  if (fault.malformedJson)
    return {
      status: 200,
      headers: { ...headers, 'Content-Type': 'application/json' },
      raw: '{"@odata.context":"truncated","value":[{"id":',
    };
  if (fault.status === undefined) return undefined;
  const [code, message] = defaultErrorFor(fault.status);
  const retryAfter =
    fault.retryAfter === undefined
      ? fault.status === 429 || fault.status === 503
        ? 2
        : null
      : fault.retryAfter;
  return {
    status: fault.status,
    headers: retryAfter === null ? headers : { ...headers, 'Retry-After': String(retryAfter) },
    body: graphErrorBody(ctx, state.clock.now(), fault.code ?? code, fault.message ?? message),
  };
}
