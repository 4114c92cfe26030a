import type { TenantUser } from '../../tenant/model.ts';
import { ROLE_DESCRIPTIONS } from '../../tenant/role-descriptions.ts';
import { ROLE_NAMES, type RoleTemplateId } from '../../tenant/roles.ts';
import { ok, type GraphRequest, type GraphResult } from '../graph-route.ts';
import { applySelect, parseSelect } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { hasEventualConsistency } from './advanced-query.ts';

const ROLE_PROPERTIES = ['id', 'deletedDateTime', 'description', 'displayName', 'roleTemplateId'] as const;

/** Role names need RoleManagement.Read.Directory or Directory.Read.All (docs/graph-notes.md §11.2b). */
function canReadRoleNames(request: GraphRequest): boolean {
  const { scopes } = request.caller;
  return (
    scopes.has('RoleManagement.Read.Directory') ||
    scopes.has('RoleManagement.ReadWrite.Directory') ||
    scopes.has('Directory.Read.All') ||
    scopes.has('Directory.ReadWrite.All')
  );
}

/**
 * A user's directory roles as `memberOf` / `transitiveMemberOf` cast to directoryRole. Without a
 * role-reading scope Graph returns "limited information": by default roleTemplateId is kept and
 * the names are null (observed); `directoryRoleLimitedForm: 'idOnly'` gives the documented form.
 * Callers check the scopes for reading the user first.
 */
export function listDirectoryRoles(request: GraphRequest, user: TenantUser): GraphResult {
  const { ctx, version } = request;
  const options = readQueryOptions(ctx.url, ['$select', '$count', '$filter', '$top']);
  const select = options.$select
    ? parseSelect(options.$select, ROLE_PROPERTIES, 'microsoft.graph.directoryRole')
    : undefined;
  const roles = directoryRoleItems(request, user);
  const context = odataContext(
    ctx.baseUrl,
    version,
    select ? `directoryRoles(${select.join(',')})` : 'directoryRoles',
  );
  // Graph answers the cast with or without the advanced headers; the count needs both (§11.2b).
  const counted = options.$count?.toLowerCase() === 'true' && hasEventualConsistency(ctx);
  return ok(
    collection(
      context,
      roles.map((r) => applySelect(r, select, ['id'])),
      counted ? { count: roles.length } : {},
    ),
  );
}

/** The user's directory roles as Graph shows them to this caller. */
export function directoryRoleItems(request: GraphRequest, user: TenantUser) {
  const full = canReadRoleNames(request);
  const idOnly = !full && request.state.options.directoryRoleLimitedForm === 'idOnly';
  return user.roles.map((templateId) => ({
    '@odata.type': '#microsoft.graph.directoryRole',
    id: request.state.tenant.directoryRoleIds.get(templateId) ?? templateId,
    deletedDateTime: null,
    description: full ? (ROLE_DESCRIPTIONS[templateId as RoleTemplateId] ?? null) : null,
    displayName: full ? (ROLE_NAMES[templateId as RoleTemplateId] ?? null) : null,
    roleTemplateId: idOnly ? null : templateId,
  }));
}
