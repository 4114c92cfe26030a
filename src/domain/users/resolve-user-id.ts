import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphGet } from '../../lib/graph/graph-client.ts';
import { graphKeys } from '../../lib/graph/query-keys.ts';

/** Links that know only a UPN (report events) resolve it to the object id the page's batch needs. */
export const resolveUserIdQuery = (upn: string) =>
  queryOptions({
    queryKey: [...graphKeys.users(), 'byUpn', upn.toLowerCase()],
    queryFn: async ({ signal }) =>
      (
        await graphGet<{ id: string }>(`/users/${encodeURIComponent(upn)}?$select=id`, {
          scopes: SCOPES.userDirectory,
          signal,
        })
      ).id,
    staleTime: Infinity,
  });
