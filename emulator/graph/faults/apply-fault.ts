import { setTimeout as sleep } from 'node:timers/promises';
import type { EmulatorState } from '../../emulator-state.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { tokenDeclaresCp1 } from '../../authority/client-capabilities.ts';
import { claimsChallengeError } from '../claims-challenge.ts';
import { graphResponseHeaders } from '../graph-cors.ts';
import { graphErrorBody } from '../graph-error-body.ts';
import type { GraphResponse } from '../graph-response.ts';
import { defaultErrorFor, takeFault, type FaultRule } from './fault-rules.ts';

/** The caller's token claims read without verifying them: faults run before authentication. */
function unverifiedClaims(ctx: RequestContext): { appid?: unknown; xms_cc?: unknown } {
  const token = /^Bearer\s+(.+)$/i.exec(ctx.req.headers.authorization ?? '')?.[1];
  try {
    return JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      appid?: unknown;
      xms_cc?: unknown;
    };
  } catch {
    return {};
  }
}

/**
 * Takes one use of the injected fault that matches this request, if any. A claims challenge matches only a
 * token that declared CP1: Graph sends claims challenges to no other client (claims-challenge.md).
 */
export function takeRequestFault(
  ctx: RequestContext,
  state: EmulatorState,
  path: string,
): FaultRule | undefined {
  if (!state.faults.length) return undefined;
  const claims = unverifiedClaims(ctx);
  return takeFault(state.faults, ctx.method, path, {
    appId: typeof claims.appid === 'string' ? claims.appid : undefined,
    capable: tokenDeclaresCp1(claims),
  });
}

/** The answer a fault gives instead of the real one; undefined when it only adds latency. */
export async function faultResponse(
  ctx: RequestContext,
  state: EmulatorState,
  fault: FaultRule,
): Promise<GraphResponse | undefined> {
  if (fault.latencyMs) await sleep(fault.latencyMs);
  const headers = graphResponseHeaders(ctx, state);
  if (fault.drop) return { status: 0, headers, drop: true };
  if (fault.malformedJson)
    return {
      status: 200,
      headers: { ...headers, 'Content-Type': 'application/json' },
      raw: '{"@odata.context":"truncated","value":[{"id":',
    };
  if (fault.claimsChallenge) return claimsChallenge(ctx, state, headers);
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
    headers: withRetryAfter(headers, retryAfter, fault.exposeRetryAfter),
    body: graphErrorBody(ctx, state.clock.now(), fault.code ?? code, fault.message ?? message),
  };
}

function withRetryAfter(
  headers: Record<string, string>,
  retryAfter: number | null,
  expose: boolean | undefined,
): Record<string, string> {
  if (retryAfter === null) return headers;
  const exposed = headers['Access-Control-Expose-Headers']!.split(', ').filter((h) => h !== 'Retry-After');
  if (expose === true) exposed.push('Retry-After');
  return {
    ...headers,
    'Retry-After': String(retryAfter),
    ...(expose === undefined ? {} : { 'Access-Control-Expose-Headers': exposed.join(', ') }),
  };
}

// What Entra asks for after a revocation or policy change: a token issued after this instant.
function claimsChallenge(
  ctx: RequestContext,
  state: EmulatorState,
  headers: Record<string, string>,
): GraphResponse {
  const error = claimsChallengeError(state, headers['Access-Control-Expose-Headers']!);
  return {
    status: error.status,
    headers: { ...headers, ...error.headers },
    body: graphErrorBody(ctx, state.clock.now(), error.code, error.message),
  };
}
