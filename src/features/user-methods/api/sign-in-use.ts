import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { allPages } from '../../../lib/graph/all-pages.ts';
import { auditLogKeys } from '../../../lib/graph/audit-log-keys.ts';
import type { SignInEvent } from '../../../domain/sign-ins/step-kinds.ts';

/** The sign-in log's retention with P1 or P2 (entra-docs reference-reports-data-retention.md). */
export const SIGN_IN_WINDOW_DAYS = 30;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user's sign-ins over the retention window, newest first (docs/graph-notes.md §12.2). Beta: only beta
 * gives `authenticationDetails`, the steps and methods each sign-in took. Paced with the reports, whose limit
 * the sign-in log shares; a user's month is usually one page of 1,000.
 */
export function signInUsePath(userId: string, now: number): string {
  if (!GUID.test(userId)) throw new Error(`Not a user id: ${userId}`);
  const since = new Date(now - SIGN_IN_WINDOW_DAYS * 86_400_000).toISOString();
  const filter = `userId eq '${userId}' and createdDateTime ge ${since}`;
  return `/auditLogs/signIns?$filter=${encodeURIComponent(filter)}&$top=1000`;
}

export const signInUseQuery = (userId: string) =>
  queryOptions({
    queryKey: auditLogKeys.userSignIns(userId),
    queryFn: ({ signal }) =>
      allPages<SignInEvent>(signInUsePath(userId, Date.now()), {
        scopes: SCOPES.auditLog,
        version: 'beta',
        pacer: 'reports',
        signal,
      }),
    staleTime: 5 * 60_000,
  });
