import type { DirectoryRole } from '@microsoft/microsoft-graph-types-beta';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphBatch, type BatchRequestSpec } from '../../lib/graph/graph-batch.ts';
import type { GraphError } from '../../lib/graph/graph-error.ts';
import { graphKeys } from '../../lib/graph/query-keys.ts';

export interface DirectoryRolesOfUsers {
  /** Role template ids per user id (null where Graph withholds the id, §11.2b). */
  roles: Map<string, (string | null)[]>;
  /** Users whose memberships Graph would not give, with its error. */
  unreadable: Map<string, GraphError>;
}

const BATCH_SIZE = 20;
// The token of one batch must carry what every part needs: reading users, and role names.
const ROLE_SCOPES = [...SCOPES.userDirectory, ...SCOPES.directoryRoleNames];

/**
 * Each user's active roles via `transitiveMemberOf` cast to directoryRole (docs/graph-notes.md §11.3): the
 * one membership read every operator role may do (role assignments need Directory Readers, Global Reader
 * or Privileged Role Administrator, §11.2c). Twenty users per `$batch`, one batch at a time, so the
 * directory budget is never bursted.
 */
export async function listDirectoryRolesOfUsers(
  userIds: readonly string[],
  signal: AbortSignal,
): Promise<DirectoryRolesOfUsers> {
  const roles = new Map<string, (string | null)[]>();
  const unreadable = new Map<string, GraphError>();
  for (let start = 0; start < userIds.length; start += BATCH_SIZE) {
    const chunk = userIds.slice(start, start + BATCH_SIZE);
    const requests: Record<string, BatchRequestSpec> = {};
    chunk.forEach((id, i) => {
      requests[`u${i}`] = {
        url: `/users/${encodeURIComponent(id)}/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,roleTemplateId`,
      };
    });
    const results = await graphBatch<Record<string, { value: DirectoryRole[] }>>(requests, {
      scopes: ROLE_SCOPES,
      signal,
    });
    chunk.forEach((id, i) => {
      const result = results[`u${i}`];
      if (result?.ok)
        roles.set(
          id,
          (result.data.value ?? []).map((r) => r.roleTemplateId ?? null),
        );
      else if (result) unreadable.set(id, result.error);
    });
  }
  return { roles, unreadable };
}

export const directoryRolesOfUsersQuery = (userIds: readonly string[]) =>
  queryOptions({
    queryKey: graphKeys.directoryRolesOfUsers(userIds),
    queryFn: ({ signal }) => listDirectoryRolesOfUsers(userIds, signal),
    staleTime: 15 * 60_000,
    placeholderData: keepPreviousData,
  });

/** Waits for the admin list: `enabled` stays false until the registration scan has finished. */
export function useDirectoryRolesOfUsers(userIds: readonly string[], enabled: boolean) {
  return useQuery({ ...directoryRolesOfUsersQuery(userIds), enabled: enabled && userIds.length > 0 });
}
