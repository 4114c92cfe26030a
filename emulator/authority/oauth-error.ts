import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

/** Entra's token-endpoint error body: an OAuth error plus AADSTS code, trace and correlation ids. */
export function sendOAuthError(
  ctx: RequestContext,
  status: number,
  error: string,
  aadsts: number,
  description: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): void {
  const traceId = randomUUID();
  const correlationId = ctx.clientRequestId ?? randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  sendJson(
    ctx.res,
    status,
    {
      error,
      error_description: `AADSTS${aadsts}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [aadsts],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      ...extra,
    },
    headers,
  );
}

/** Sends an authorize error back to the app the way Entra does: on the redirect URI. */
export function authorizeErrorUrl(
  redirectUri: string,
  responseMode: string,
  params: Record<string, string>,
): string {
  const encoded = new URLSearchParams(params).toString();
  return responseMode === 'query'
    ? `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${encoded}`
    : `${redirectUri}#${encoded}`;
}
