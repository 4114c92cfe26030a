import { seesMaskedPhones } from '../../../tenant/admin-targets.ts';
import { smsSignInAllowedFor } from '../../../tenant/phone-policy.ts';
import type { AuthMethod, TenantUser } from '../../../tenant/model.ts';
import type { GraphRequest } from '../../graph-route.ts';
import { odataContext } from '../../odata-envelope.ts';
import { methodJson } from './method-json.ts';

/** Serialises methods of `target` as the caller may see them (masked phones for some roles). */
export function methodViewer(request: GraphRequest, target: TenantUser) {
  const options = {
    version: request.version,
    maskPhones: seesMaskedPhones(request.caller.user, target),
    tapPolicy: request.state.tenant.policy.tap,
    now: request.now,
    // Read when shown: a policy change moves every phone's state, as Graph reports it afterwards.
    smsSignInAllowed: smsSignInAllowedFor(request.state.tenant.phonePolicy, target.id),
  };
  return (method: AuthMethod) => methodJson(method, options);
}

export function methodsContext(
  request: GraphRequest,
  target: TenantUser,
  segment: string,
  entity = false,
): string {
  return odataContext(
    request.ctx.baseUrl,
    request.version,
    `users('${target.id}')/authentication/${segment}${entity ? '/$entity' : ''}`,
  );
}
