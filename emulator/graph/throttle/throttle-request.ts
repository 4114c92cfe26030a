import type { EmulatorState } from '../../emulator-state.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import { directoryRequestCost } from '../directory-cost.ts';

/**
 * Counts the request against its Graph limit; throws Graph's 429 when over it, otherwise returns the
 * headers Graph adds (resource units and, past 80 %, the limit percentage).
 */
export function throttleRequest(
  ctx: RequestContext,
  state: EmulatorState,
  appId: string,
  kind: 'reports' | 'directory',
): Record<string, string> {
  const now = state.clock.now();
  const cost = kind === 'directory' ? directoryRequestCost(ctx.method, ctx.url) : 1;
  const decision =
    kind === 'reports'
      ? state.throttle.checkReports(appId, now)
      : state.throttle.checkDirectory(appId, cost, state.tenant.users.length, now);
  if (decision.retryAfterSeconds !== undefined) {
    const seconds = decision.retryAfterSeconds.toFixed(3).replace(/\.?0+$/, '');
    throw new GraphHttpError(429, 'TooManyRequests', 'Please retry again later.', {
      'Retry-After': seconds,
      'x-ms-throttle-scope': `Tenant_Application/${decision.scope === 'reports' ? 'ReadRequests' : 'ResourceUnits'}/${appId}/${state.tenant.id}`,
      'x-ms-throttle-information': `${decision.scope === 'reports' ? 'Reports' : 'ResourceUnitLimitExceeded'}`,
    });
  }
  const headers: Record<string, string> = {};
  if (kind === 'directory') headers['x-ms-resource-unit'] = String(cost);
  if (decision.usage > 0.8) headers['x-ms-throttle-limit-percentage'] = decision.usage.toFixed(1);
  return headers;
}
