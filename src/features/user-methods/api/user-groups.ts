import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { allPages } from '../../../lib/graph/all-pages.ts';

/**
 * The groups a user is in, through nesting (graph-docs-contrib user-list-transitivememberof.md, cast to group;
 * GroupMember.Read.All), id → name: which passkey profiles reach them. Without a name (a token that reads ids
 * only) the id stands in.
 */
export const userGroupsQuery = (userId: string) =>
  queryOptions({
    queryKey: ['userGroups', userId] as const,
    queryFn: async ({ signal }) => {
      const user = `/users/${encodeURIComponent(userId)}`;
      const groups = await allPages<{ id?: string; displayName?: string | null }>(
        `${user}/transitiveMemberOf/microsoft.graph.group?$select=id,displayName&$top=999`,
        { scopes: [...SCOPES.userDirectory, ...SCOPES.groupMembers], version: 'v1.0', signal },
      );
      return new Map(groups.flatMap((g) => (g.id ? [[g.id, g.displayName || g.id] as const] : [])));
    },
    staleTime: 5 * 60_000,
  });
