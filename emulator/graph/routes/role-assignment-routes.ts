import { ROLE } from '../../tenant/roles.ts';
import { requireRole, requireScope } from '../graph-caller.ts';
import { ok, type GraphRequest, type GraphResult, type GraphRoute } from '../graph-route.ts';
import { applySelect, compileFilter, parseFilter, parseSelect, type FilterSchema } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { compositeRoleId } from './guid-bytes.ts';
import { expandedRoleDefinition, parseRoleDefinitionExpand } from './role-definition-shape.ts';

/** Least-privileged roles of the read include plus Global Administrator (docs/graph-notes.md §11.2c). */
const ROLE_ASSIGNMENT_READERS: ReadonlySet<string> = new Set([
  ROLE.directoryReaders,
  ROLE.globalReader,
  ROLE.privilegedRoleAdministrator,
  ROLE.globalAdministrator,
]);
const READ_SCOPES = [
  'RoleManagement.Read.Directory',
  'RoleManagement.ReadWrite.Directory',
  'RoleManagement.Read.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];

const PROPERTIES = [
  'id',
  'principalId',
  'roleDefinitionId',
  'directoryScopeId',
  'appScopeId',
  'condition',
  'principalOrganizationId',
] as const;
const BETA_PROPERTIES = [...PROPERTIES, 'resourceScope'] as const;

const FILTER_SCHEMA: FilterSchema = {
  id: { type: 'string', ops: ['eq'] },
  principalId: { type: 'guid', ops: ['eq'] },
  roleDefinitionId: { type: 'guid', ops: ['eq'] },
  directoryScopeId: { type: 'string', ops: ['eq'] },
};

interface AssignmentRow {
  id: string;
  principalId: string;
  roleDefinitionId: string;
  directoryScopeId: string;
  appScopeId: null;
  condition: null;
  principalOrganizationId: string;
  resourceScope?: string;
}

/**
 * Every direct assignment: users' directory-wide roles, custom roles, and roles scoped to an administrative unit
 * (directoryScopeId `/administrativeUnits/{id}`, rbacapplication-list-transitiveroleassignments.md's example).
 */
function assignments(request: GraphRequest): AssignmentRow[] {
  const { tenant } = request.state;
  const row = (principalId: string, roleDefinitionId: string, directoryScopeId: string, n: number) => ({
    id: compositeRoleId(roleDefinitionId, principalId, `-${n}`),
    principalId,
    roleDefinitionId,
    directoryScopeId,
    appScopeId: null,
    condition: null,
    principalOrganizationId: tenant.id,
    // beta still carries the older resourceScope (docs/graph-notes.md §11.2c).
    ...(request.version === 'beta' ? { resourceScope: directoryScopeId } : {}),
  });
  const { customRoleAssignments, unitRoles } = tenant.delegation;
  return [
    ...tenant.users.flatMap((user) => user.roles.map((role) => row(user.id, role, '/', 1))),
    ...customRoleAssignments.map((a) => row(a.principalId, a.roleDefinitionId, '/', 1)),
    ...unitRoles.map((a) => row(a.principalId, a.roleDefinitionId, `/administrativeUnits/${a.unitId}`, 2)),
  ];
}

/**
 * `GET /roleManagement/directory/roleAssignments?$filter=principalId eq '…'&$expand=roleDefinition`.
 * Operators must hold a role-reading role (configurable, `roleAssignmentsRoleGate`).
 */
function listRoleAssignments(request: GraphRequest): GraphResult {
  const { ctx, caller, state, version } = request;
  requireScope(caller, READ_SCOPES);
  if (state.options.roleAssignmentsRoleGate) requireRole(caller, ROLE_ASSIGNMENT_READERS);
  const options = readQueryOptions(ctx.url, ['$filter', '$expand', '$select']);
  const properties = version === 'beta' ? BETA_PROPERTIES : PROPERTIES;
  const select = options.$select
    ? parseSelect(options.$select, properties, 'microsoft.graph.unifiedRoleAssignment')
    : undefined;
  const expand = parseRoleDefinitionExpand(options.$expand, 'unifiedRoleAssignment');
  const predicate = options.$filter ? compileFilter(parseFilter(options.$filter), FILTER_SCHEMA) : undefined;
  let rows = assignments(request);
  if (predicate) rows = rows.filter((r) => predicate(r as unknown as Record<string, unknown>));
  const fragment = [select?.join(','), expand ? 'roleDefinition()' : undefined].filter(Boolean).join(',');
  const context = odataContext(
    ctx.baseUrl,
    version,
    `roleManagement/directory/roleAssignments${fragment ? `(${fragment})` : ''}`,
  );
  const value = rows.map((row) => {
    const shaped: Record<string, unknown> = applySelect(row, select, ['id']);
    if (expand)
      shaped.roleDefinition = expandedRoleDefinition(row.roleDefinitionId, expand, state.tenant.delegation);
    return shaped;
  });
  return ok(collection(context, value));
}

export const roleAssignmentRoutes: GraphRoute[] = [
  { method: 'GET', pattern: /^\/roleManagement\/directory\/roleAssignments$/, handler: listRoleAssignments },
];
