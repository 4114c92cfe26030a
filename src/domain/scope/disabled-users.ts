import { queryOptions, useQuery } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { forEachPage } from '../../lib/graph/all-pages.ts';
import { graphKeys } from '../../lib/graph/query-keys.ts';

// `accountEnabled eq` is a default query: no ConsistencyLevel header or $count (docs/graph-notes.md §5).
const FIRST_PAGE = '/users?$filter=accountEnabled%20eq%20false&$select=id,userPrincipalName&$top=999';

/** Every disabled account's id, page by page (nextLinks requested verbatim). */
export async function listDisabledUserIds(signal: AbortSignal): Promise<Set<string>> {
  const ids = new Set<string>();
  await forEachPage<{ id?: string }>(FIRST_PAGE, { scopes: SCOPES.userDirectory, signal }, (users) => {
    for (const u of users) if (u.id) ids.add(u.id);
  });
  return ids;
}

export const disabledUsersQuery = () =>
  queryOptions({
    queryKey: graphKeys.disabledUsers(),
    queryFn: ({ signal }) => listDisabledUserIds(signal),
    staleTime: 5 * 60_000,
  });

/** Only asked when the lead excludes disabled accounts. */
export function useDisabledUserIds(enabled: boolean) {
  return useQuery({ ...disabledUsersQuery(), enabled });
}
