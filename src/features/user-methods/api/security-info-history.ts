import { infiniteQueryOptions } from '@tanstack/react-query';
import { AUTH_METHODS_SERVICE, type SecurityInfoEvent } from '../../../domain/audit/security-info-event.ts';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import type { GraphPage } from '../../../lib/graph/all-pages.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { auditLogKeys } from '../../../lib/graph/audit-log-keys.ts';

const PAGE = 50;

/** A GUID goes into the filter as it is; anything else is refused before it reaches Graph. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user's security-info changes: the directory audit log's Authentication Methods events whose target
 * is the user, newest first (docs/graph-notes.md §12). A page at a time: Graph keeps 30 days (7 without P1),
 * and every page counts against the reports' limit.
 */
export function securityInfoHistoryPath(userId: string): string {
  if (!GUID.test(userId)) throw new Error(`Not a user id: ${userId}`);
  const filter = `loggedByService eq '${AUTH_METHODS_SERVICE}' and targetResources/any(t:t/id eq '${userId}')`;
  return `/auditLogs/directoryAudits?$filter=${encodeURIComponent(filter)}&$orderby=activityDateTime desc&$top=${PAGE}`;
}

export const securityInfoHistoryQuery = (userId: string) =>
  infiniteQueryOptions({
    queryKey: auditLogKeys.securityInfoHistory(userId),
    queryFn: ({ pageParam, signal }) =>
      graphGet<GraphPage<SecurityInfoEvent>>(pageParam ?? securityInfoHistoryPath(userId), {
        scopes: SCOPES.auditLog,
        // Beta: only it gives the client's `userAgent` (docs/graph-notes.md §12.1).
        version: 'beta',
        // The audit logs share the reports' limit (throttling-limits.md, "identity and access reports").
        pacer: 'reports',
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last['@odata.nextLink'],
  });
