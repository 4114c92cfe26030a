import type { DirectoryRole } from '@microsoft/microsoft-graph-types-beta';
import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphGet } from '../../lib/graph/graph-client.ts';
import { graphKeys } from '../../lib/graph/query-keys.ts';
import { isAdminRole, roleName } from './role-names.ts';

export interface SignedInRole {
  templateId: string | null;
  name: string;
}

interface Collection<T> {
  value: T[];
}

/**
 * The signed-in user's active directory roles, from transitiveMemberOf cast to directoryRole:
 * works for every operator and for real Entra (docs/graph-notes.md §11.2b). Names come from our table
 * because Graph sends null names to tokens without RoleManagement.Read.Directory.
 */
export async function listMyDirectoryRoles(signal: AbortSignal): Promise<SignedInRole[]> {
  const page = await graphGet<Collection<DirectoryRole>>(
    '/me/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId',
    {
      scopes: SCOPES.profile,
      signal,
    },
  );
  return page.value
    .filter((r) => isAdminRole(r.roleTemplateId))
    .map((r) => ({ templateId: r.roleTemplateId ?? null, name: roleName(r.roleTemplateId, r.displayName) }));
}

export const myDirectoryRolesQuery = () =>
  queryOptions({
    queryKey: graphKeys.myDirectoryRoles(),
    queryFn: ({ signal }) => listMyDirectoryRoles(signal),
    // Roles change rarely; refetch on focus picks up a PIM activation.
    staleTime: 5 * 60_000,
  });
