import type { User } from '@microsoft/microsoft-graph-types-beta';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { MIN_SEARCH_LENGTH, userSearchPath } from '../lib/search-expression.ts';

export type UserSearchHit = Pick<
  User,
  'id' | 'displayName' | 'userPrincipalName' | 'jobTitle' | 'accountEnabled' | 'mail'
>;

/** `$search` is an advanced query: without ConsistencyLevel Graph answers 400 (docs/graph-notes.md §5). */
export async function searchUsers(term: string, signal: AbortSignal): Promise<UserSearchHit[]> {
  const page = await graphGet<{ value: UserSearchHit[] }>(userSearchPath(term), {
    // accountEnabled is outside User.ReadBasic.All's basic profile.
    scopes: SCOPES.userDirectory,
    headers: { ConsistencyLevel: 'eventual' },
    signal,
  });
  return page.value;
}

/**
 * `term` must already be normalised. TanStack Query aborts the signal when the key moves on, so a
 * stale search is cancelled on the wire, not just ignored.
 */
export const userSearchQuery = (term: string) =>
  queryOptions({
    queryKey: graphKeys.userSearch(term),
    queryFn: ({ signal }) => searchUsers(term, signal),
    enabled: term.length >= MIN_SEARCH_LENGTH,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
