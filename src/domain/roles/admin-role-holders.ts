import type { DirectoryRole, User } from '@microsoft/microsoft-graph-types-beta';
import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { allPages, type GraphPage } from '../../lib/graph/all-pages.ts';
import { graphBatch } from '../../lib/graph/graph-batch.ts';
import { graphGet } from '../../lib/graph/graph-client.ts';
import { auditLogKeys } from '../../lib/graph/audit-log-keys.ts';
import { isAdminRole } from '../session/role-names.ts';

export interface RoleHolder {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

type Options = { signal: AbortSignal };

/**
 * Holders of every activated admin role (docs/graph-notes.md §11.2b): what every operator can read, with or
 * without a reports role. One call for the roles, one $batch per twenty roles for their members' first pages
 * (the directory's budget, not the reports').
 */
export async function listAdminRoleHolders(options: Options): Promise<RoleHolder[]> {
  const scopes = [...SCOPES.directoryRoleNames, ...SCOPES.userDirectory];
  const roles = (
    await graphGet<GraphPage<DirectoryRole>>('/directoryRoles?$select=id,roleTemplateId', {
      scopes,
      ...options,
    })
  ).value.filter((r) => r.id && isAdminRole(r.roleTemplateId));
  const users = new Map<string, RoleHolder>();
  const membersPath = (id: string) =>
    `/directoryRoles/${encodeURIComponent(id)}/members/microsoft.graph.user?$select=id,displayName,userPrincipalName&$top=999`;
  for (let i = 0; i < roles.length; i += 20) {
    const chunk = roles.slice(i, i + 20);
    const results = await graphBatch<Record<string, GraphPage<User>>>(
      Object.fromEntries(chunk.map((r, j) => [String(j), { url: membersPath(r.id ?? '') }])),
      { scopes, signal: options.signal },
    );
    for (const j of chunk.keys()) {
      const result = results[String(j)];
      if (!result?.ok) throw result?.error ?? new Error('No answer for a role’s members.');
      const rest = result.data['@odata.nextLink']
        ? await allPages<User>(result.data['@odata.nextLink'], { scopes, version: 'v1.0', ...options })
        : [];
      for (const u of [...result.data.value, ...rest])
        if (u.id)
          users.set(u.id, {
            id: u.id,
            displayName: u.displayName ?? '',
            userPrincipalName: u.userPrincipalName ?? '',
          });
    }
  }
  return [...users.values()];
}

export const adminRoleHoldersQuery = () =>
  queryOptions({
    queryKey: auditLogKeys.adminRoleHolders(),
    queryFn: ({ signal }) => listAdminRoleHolders({ signal }),
    staleTime: 15 * 60_000,
  });
