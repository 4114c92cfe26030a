import { infiniteQueryOptions, type QueryClient } from '@tanstack/react-query';
import type { SecurityInfoEvent } from '../../../domain/audit/security-info-event.ts';
import { resolveUserIdQuery } from '../../../domain/users/resolve-user-id.ts';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import type { GraphPage } from '../../../lib/graph/all-pages.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { auditLogKeys } from '../../../lib/graph/audit-log-keys.ts';
import { changesFilter, isSignInName, type ChangeFilters } from '../lib/change-filters.ts';

/** Changes per page: a screenful or two, each page one request against the reports' limit. */
export const CHANGES_PAGE_SIZE = 200;

export type ChangesPage = GraphPage<SecurityInfoEvent> & {
  /** The target was given as a sign-in name that no user of the tenant has. */
  unknownTarget?: string;
};

export function methodChangesPath(filters: ChangeFilters, targetId?: string): string {
  const filter = encodeURIComponent(changesFilter(filters, targetId));
  return `/auditLogs/directoryAudits?$filter=${filter}&$orderby=activityDateTime desc&$top=${CHANGES_PAGE_SIZE}`;
}

/** The sign-in name's object id: the audit log filters its targets by id or name, never by sign-in name. */
async function targetIdOf(
  queryClient: QueryClient,
  filters: ChangeFilters,
): Promise<string | null | undefined> {
  if (!isSignInName(filters.target)) return undefined;
  try {
    return await queryClient.fetchQuery(resolveUserIdQuery(filters.target.trim()));
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return null;
    throw error;
  }
}

/**
 * The tenant's security-info changes matching the filters, newest first, a page at a time (docs/graph-notes.md
 * §12.1). Paced with the reports: the audit log shares their limit.
 */
export const methodChangesQuery = (queryClient: QueryClient, filters: ChangeFilters) =>
  infiniteQueryOptions({
    queryKey: auditLogKeys.methodChanges(filters),
    queryFn: async ({ pageParam, signal }): Promise<ChangesPage> => {
      let path = pageParam;
      if (!path) {
        const targetId = await targetIdOf(queryClient, filters);
        if (targetId === null) return { value: [], unknownTarget: filters.target.trim() };
        path = methodChangesPath(filters, targetId);
      }
      // Beta, as the user's history: only it gives the client's `userAgent` (docs/graph-notes.md §12.1).
      return graphGet<ChangesPage>(path, {
        scopes: SCOPES.auditLog,
        version: 'beta',
        pacer: 'reports',
        signal,
      });
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last['@odata.nextLink'],
  });
