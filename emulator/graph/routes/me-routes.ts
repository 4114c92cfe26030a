import type { TenantUser } from '../../tenant/model.ts';
import { requireScope } from '../graph-caller.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import { applySelect, parseSelect } from '../odata/index.ts';
import { odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { listMemberships, MEMBERSHIP_SEGMENT } from './membership-listing.ts';
import { DEFAULT_USER_PROPERTIES, SELECTABLE_USER_PROPERTIES, userResource } from './user-shape.ts';

function getMe(request: GraphRequest) {
  const { ctx, caller, version } = request;
  requireScope(caller, [
    'User.Read',
    'User.ReadWrite',
    'User.ReadBasic.All',
    'User.Read.All',
    'Directory.Read.All',
  ]);
  const options = readQueryOptions(ctx.url, ['$select']);
  const select = options.$select
    ? parseSelect(options.$select, SELECTABLE_USER_PROPERTIES, 'microsoft.graph.user')
    : [...DEFAULT_USER_PROPERTIES];
  const context = odataContext(
    ctx.baseUrl,
    version,
    options.$select ? `users(${select.join(',')})/$entity` : 'users/$entity',
  );
  return ok({ '@odata.context': context, ...applySelect(userResource(caller.user), select, []) });
}

/** The signed-in user's directory roles: User.Read is enough for one's own (docs/graph-notes.md §11.2b). */
function directoryRolesOf(request: GraphRequest, user: TenantUser) {
  requireScope(request.caller, ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All']);
  return listMemberships(request, user);
}

export const meRoutes: GraphRoute[] = [
  { method: 'GET', pattern: /^\/me$/, handler: getMe },
  {
    method: 'GET',
    pattern: new RegExp(`^/me/${MEMBERSHIP_SEGMENT}$`),
    handler: (request) => directoryRolesOf(request, request.caller.user),
  },
];
