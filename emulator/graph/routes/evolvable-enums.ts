import type { RequestContext } from '../../http/request-context.ts';
import { EVOLVABLE_USAGE_AUTH_METHOD_SET, type UsageAuthMethod } from '../../tenant/activity-model.ts';
import type { GraphRequest } from '../graph-route.ts';

/** `Prefer: include-unknown-enum-members`, possibly among other preferences. */
export function prefersUnknownEnumMembers(ctx: RequestContext): boolean {
  const header = ctx.req.headers.prefer;
  const values = Array.isArray(header) ? header : header === undefined ? [] : [header];
  return values
    .flatMap((v) => v.split(','))
    .some((p) => p.trim().toLowerCase() === 'include-unknown-enum-members');
}

/**
 * How `usageAuthMethod` values go on the wire: members added after `unknownFutureValue` are sent
 * as `unknownFutureValue` unless the caller opted in (docs/graph-notes.md §1, §3.9). The docs'
 * samples show them without the header, so `strictEvolvableEnums: false` sends them to everyone.
 */
export function usageAuthMethodWriter({ ctx, state }: GraphRequest): (m: UsageAuthMethod) => UsageAuthMethod {
  if (!state.options.strictEvolvableEnums || prefersUnknownEnumMembers(ctx)) return (m) => m;
  return (m) => (EVOLVABLE_USAGE_AUTH_METHOD_SET.has(m) ? 'unknownFutureValue' : m);
}
