import type { TenantUser } from '../../tenant/model.ts';
import { ROLE_DESCRIPTIONS } from '../../tenant/role-descriptions.ts';
import { ROLE_NAMES, type RoleTemplateId } from '../../tenant/roles.ts';
import { requireScope } from '../graph-caller.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import { applySelect, parseSelect } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { DEFAULT_USER_PROPERTIES, SELECTABLE_USER_PROPERTIES, userResource } from './user-shape.ts';

const ROLE_PROPERTIES = ['id', 'deletedDateTime', 'description', 'displayName', 'roleTemplateId'] as const;

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

/**
 * The signed-in user's directory roles. With only User.Read Graph returns "limited information":
 * roleTemplateId is set but the names are null (graph-contract.md §11.2b).
 */
function directoryRolesOf(request: GraphRequest, user: TenantUser) {
  const { ctx, caller, state, version } = request;
  requireScope(caller, ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All']);
  const options = readQueryOptions(ctx.url, ['$select', '$count', '$filter', '$top']);
  const select = options.$select
    ? parseSelect(options.$select, ROLE_PROPERTIES, 'microsoft.graph.directoryRole')
    : undefined;
  const canReadNames =
    caller.scopes.has('RoleManagement.Read.Directory') || caller.scopes.has('Directory.Read.All');
  const roles = user.roles.map((templateId) => ({
    '@odata.type': '#microsoft.graph.directoryRole',
    id: state.tenant.directoryRoleIds.get(templateId) ?? templateId,
    deletedDateTime: null,
    description: canReadNames ? (ROLE_DESCRIPTIONS[templateId as RoleTemplateId] ?? null) : null,
    displayName: canReadNames ? (ROLE_NAMES[templateId as RoleTemplateId] ?? null) : null,
    roleTemplateId: templateId,
  }));
  const context = odataContext(
    ctx.baseUrl,
    version,
    select ? `directoryRoles(${select.join(',')})` : 'directoryRoles',
  );
  const counted = options.$count === 'true' && request.ctx.req.headers.consistencylevel === 'eventual';
  return ok(
    collection(
      context,
      roles.map((r) => applySelect(r, select, ['id'])),
      counted ? { count: roles.length } : {},
    ),
  );
}

const MEMBERSHIP = '(?:transitiveMemberOf|memberOf)(?:/microsoft\\.graph\\.directoryRole)?';

export const meRoutes: GraphRoute[] = [
  { method: 'GET', pattern: /^\/me$/, handler: getMe },
  {
    method: 'GET',
    pattern: new RegExp(`^/me/${MEMBERSHIP}$`),
    handler: (request) => directoryRolesOf(request, request.caller.user),
  },
];
