import { ROLE_DESCRIPTIONS } from '../../tenant/role-descriptions.ts';
import { ROLE_NAMES, type RoleTemplateId } from '../../tenant/roles.ts';
import { requireScope } from '../graph-caller.ts';
import { insufficientPrivileges, notFound } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphResult, type GraphRoute } from '../graph-route.ts';
import { applySelect, parseSelect } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions, readTop } from '../query-options.ts';
import { decodeSkipToken, encodeSkipToken, nextLinkFor } from '../skip-token.ts';
import { READ_OTHER_USERS_SCOPES } from './users-access.ts';

/** Listing directory roles and their members: RoleManagement.Read.Directory or Directory.Read.All (§11.2b). */
const ROLE_READ_SCOPES = [
  'RoleManagement.Read.Directory',
  'RoleManagement.ReadWrite.Directory',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
const ROLE_PROPERTIES = ['id', 'deletedDateTime', 'description', 'displayName', 'roleTemplateId'] as const;
const MEMBER_PROPERTIES = [
  'id',
  'displayName',
  'userPrincipalName',
  'mail',
  'userType',
  'accountEnabled',
] as const;
const DEFAULT_PAGE = 100;
const MAX_PAGE = 999;

// Any member may read directory roles with the scope; guests may not enumerate the directory.
function requireRoleRead(request: GraphRequest): void {
  requireScope(request.caller, ROLE_READ_SCOPES);
  if (request.caller.user.userType === 'guest') throw insufficientPrivileges();
}

/** Activated roles only, as Graph lists them: here, the roles someone holds. */
function activatedRoles(request: GraphRequest) {
  const { tenant } = request.state;
  const held = new Set(tenant.users.flatMap((u) => u.roles));
  return [...tenant.directoryRoleIds.entries()]
    .filter(([templateId]) => held.has(templateId))
    .map(([templateId, id]) => ({
      '@odata.type': '#microsoft.graph.directoryRole',
      id,
      deletedDateTime: null,
      description: ROLE_DESCRIPTIONS[templateId as RoleTemplateId] ?? null,
      displayName: ROLE_NAMES[templateId as RoleTemplateId] ?? null,
      roleTemplateId: templateId,
    }));
}

/** `GET /directoryRoles` (no paging: a tenant has a few dozen activated roles at most). */
function listRoles(request: GraphRequest): GraphResult {
  requireRoleRead(request);
  const options = readQueryOptions(request.ctx.url, ['$select']);
  const select = options.$select
    ? parseSelect(options.$select, ROLE_PROPERTIES, 'microsoft.graph.directoryRole')
    : undefined;
  const fragment = select ? `directoryRoles(${select.join(',')})` : 'directoryRoles';
  return ok(
    collection(
      odataContext(request.ctx.baseUrl, request.version, fragment),
      activatedRoles(request).map((r) => applySelect(r, select, ['id'])),
    ),
  );
}

/**
 * `GET /directoryRoles/{id}/members[/microsoft.graph.user]`: the holders, paged like other directory
 * lists (100 by default, `$top` up to 999). Reading the members' profiles also needs a users scope.
 */
function listMembers(request: GraphRequest): GraphResult {
  requireRoleRead(request);
  requireScope(request.caller, READ_OTHER_USERS_SCOPES);
  const { ctx, state, version } = request;
  const roleId = decodeURIComponent(request.params.id ?? '');
  const role = [...state.tenant.directoryRoleIds.entries()].find(
    ([templateId, id]) => id === roleId || templateId === roleId,
  );
  if (!role) throw notFound(roleId);
  const options = readQueryOptions(ctx.url, ['$select', '$top', '$skiptoken']);
  const select = options.$select
    ? parseSelect(options.$select, MEMBER_PROPERTIES, 'microsoft.graph.user')
    : undefined;
  const top = readTop(options.$top, DEFAULT_PAGE, MAX_PAGE);
  const queryKey = ['roleMembers', role[1], options.$select ?? '', top].join('|');
  const offset = options.$skiptoken ? decodeSkipToken(options.$skiptoken, queryKey) : 0;
  const holders = state.tenant.users.filter((u) => u.roles.includes(role[0]));
  const page = holders.slice(offset, offset + top).map((u) =>
    applySelect(
      {
        '@odata.type': '#microsoft.graph.user',
        id: u.id,
        displayName: u.displayName,
        userPrincipalName: u.userPrincipalName,
        mail: u.mail ?? null,
        userType: u.userType === 'guest' ? 'Guest' : 'Member',
        accountEnabled: u.accountEnabled,
      },
      select,
      ['id'],
    ),
  );
  const nextLink =
    offset + top < holders.length
      ? nextLinkFor(ctx.url, ctx.baseUrl, encodeSkipToken(offset + top, queryKey))
      : undefined;
  return ok(collection(odataContext(ctx.baseUrl, version, 'directoryObjects'), page, { nextLink }));
}

export const directoryRoleRoutes: GraphRoute[] = [
  { method: 'GET', pattern: /^\/directoryRoles$/, handler: listRoles },
  {
    method: 'GET',
    pattern: /^\/directoryRoles\/(?<id>[^/]+)\/members(?:\/microsoft\.graph\.user)?$/,
    handler: listMembers,
  },
];
