import type { UnifiedRoleAssignment, UnifiedRoleDefinition } from '@microsoft/microsoft-graph-types-beta';
import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphBatch } from '../../lib/graph/graph-batch.ts';
import { allPages } from '../../lib/graph/all-pages.ts';
import { GraphError } from '../../lib/graph/graph-error.ts';
import { graphKeys } from '../../lib/graph/query-keys.ts';
import { roleName } from './role-names.ts';

/** A built-in role assigned at an administrative unit's scope. */
export interface UnitRole {
  templateId: string;
  name: string;
  unitId: string;
  /** null where the unit could not be read. */
  unitName: string | null;
}

/** A custom role, and which credential actions its definition grants (unknown when it could not be read). */
export interface CustomRole {
  name: string;
  scope: string;
  grants: { methods: boolean; resetPassword: boolean } | 'unknown';
}

/**
 * The signed-in operator's assignments beyond directory-wide built-in roles, which memberships show
 * (signed-in-user-api.ts): roles scoped to administrative units and custom roles. `unknown` when Graph would
 * not list them: the app then cannot rule them out, and Graph decides.
 */
export type OperatorAssignments =
  { known: true; unitRoles: UnitRole[]; customRoles: CustomRole[] } | { known: false; reason: string };

type Definition = Pick<UnifiedRoleDefinition, 'displayName' | 'isBuiltIn' | 'templateId' | 'rolePermissions'>;
type Assignment = Pick<UnifiedRoleAssignment, 'roleDefinitionId' | 'directoryScopeId'> & {
  roleDefinition?: Definition | null;
};

const UNIT_SCOPE = /^\/administrativeUnits\/([^/]+)$/;
// graph-docs-contrib v1.0 includes/rbac-for-apis/rbac-role-assignment-apis-read.md.
const READERS = 'Directory Readers, Global Reader or Privileged Role Administrator';

/** Which credential actions a definition's permissions grant (permissions-reference.md action names). */
function grantsOf(definition: Definition): CustomRole['grants'] {
  if (!definition.rolePermissions) return 'unknown';
  const actions = definition.rolePermissions.flatMap((p) => p.allowedResourceActions ?? []);
  const grants = (pattern: RegExp) => actions.some((a) => pattern.test(a));
  return {
    methods: grants(/^microsoft\.directory\/users\/(authenticationMethods\/|allProperties\/)/i),
    resetPassword: grants(/^microsoft\.directory\/users\/(password\/|allProperties\/)/i),
  };
}

const BATCH_LIMIT = 20;

/** The units' names, twenty per `$batch` (Graph's limit); a unit that cannot be read keeps no name. */
async function unitNames(ids: string[], signal: AbortSignal): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let start = 0; start < ids.length; start += BATCH_LIMIT) {
    const chunk = ids.slice(start, start + BATCH_LIMIT);
    const parts = Object.fromEntries(
      chunk.map((id, i) => [
        `u${i}`,
        { url: `/directory/administrativeUnits/${encodeURIComponent(id)}?$select=id,displayName` },
      ]),
    );
    const results = await graphBatch<Record<string, { displayName?: string | null }>>(parts, {
      scopes: SCOPES.administrativeUnits,
      signal,
    }).catch(() => ({}) as Record<string, undefined>);
    chunk.forEach((id, i) => {
      const result = results[`u${i}`];
      if (result?.ok && result.data.displayName) names.set(id, result.data.displayName);
    });
  }
  return names;
}

/**
 * `GET /roleManagement/directory/roleAssignments?$filter=principalId eq '{me}'&$expand=roleDefinition` (v1.0),
 * every page; then the names of the units the scoped ones point at. Direct assignments only: roles through a
 * role-assignable group show in memberships, and the transitive list is beta-only.
 */
export async function listOperatorAssignments(
  operatorId: string,
  signal: AbortSignal,
): Promise<OperatorAssignments> {
  let rows: Assignment[];
  try {
    rows = await allPages<Assignment>(
      `/roleManagement/directory/roleAssignments?$filter=${encodeURIComponent(`principalId eq '${operatorId}'`)}` +
        '&$expand=roleDefinition($select=id,displayName,isBuiltIn,templateId,rolePermissions)',
      { scopes: SCOPES.directoryRoleNames, signal },
    );
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    const reason =
      error.status === 403
        ? `Graph lists role assignments only to a ${READERS}`
        : `Graph would not list your role assignments (${error.message})`;
    return { known: false, reason };
  }
  const scoped = rows.filter((r) => UNIT_SCOPE.test(r.directoryScopeId ?? ''));
  const names = await unitNames(
    [...new Set(scoped.map((r) => UNIT_SCOPE.exec(r.directoryScopeId!)![1]!))],
    signal,
  );
  const unitRoles: UnitRole[] = scoped
    .filter((r) => r.roleDefinition?.isBuiltIn !== false)
    .map((r) => {
      const templateId = r.roleDefinition?.templateId ?? r.roleDefinitionId ?? '';
      const unitId = UNIT_SCOPE.exec(r.directoryScopeId!)![1]!;
      return {
        templateId,
        name: roleName(templateId, r.roleDefinition?.displayName),
        unitId,
        unitName: names.get(unitId) ?? null,
      };
    });
  const customRoles: CustomRole[] = rows
    .filter((r) => r.roleDefinition?.isBuiltIn === false || !r.roleDefinition)
    .map((r) => ({
      name: r.roleDefinition?.displayName ?? `Role ${r.roleDefinitionId ?? ''}`.trim(),
      scope: r.directoryScopeId ?? '/',
      grants: r.roleDefinition ? grantsOf(r.roleDefinition) : 'unknown',
    }));
  return { known: true, unitRoles, customRoles };
}

export const operatorAssignmentsQuery = (operatorId: string) =>
  queryOptions({
    queryKey: graphKeys.myRoleAssignments(operatorId),
    queryFn: ({ signal }) => listOperatorAssignments(operatorId, signal),
    staleTime: 5 * 60_000,
  });
