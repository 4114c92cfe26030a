import { queryOptions, useQuery } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphGet } from '../../lib/graph/graph-client.ts';
import { graphKeys } from '../../lib/graph/query-keys.ts';

interface DisabledUsersPage {
  value: { id?: string; userPrincipalName?: string | null }[];
  '@odata.nextLink'?: string;
}

// `accountEnabled eq` is a default query: no ConsistencyLevel header or $count (docs/graph-notes.md §5).
const FIRST_PAGE = '/users?$filter=accountEnabled%20eq%20false&$select=id,userPrincipalName&$top=999';

/** Every disabled account's id, page by page (nextLinks requested verbatim). */
export async function listDisabledUserIds(signal: AbortSignal): Promise<Set<string>> {
  const ids = new Set<string>();
  let link: string | undefined = FIRST_PAGE;
  while (link) {
    const page: DisabledUsersPage = await graphGet<DisabledUsersPage>(link, {
      scopes: SCOPES.userDirectory,
      signal,
    });
    for (const u of page.value) if (u.id) ids.add(u.id);
    link = page['@odata.nextLink'];
  }
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
