import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { adminRoleHoldersQuery } from '../../../domain/roles/admin-role-holders.ts';
import type { ChangeFilters } from '../lib/change-filters.ts';
import { adminsChanged, bulkDeletions, registrationsAfterTap } from '../lib/change-highlights.ts';
import { methodChangesQuery } from './method-changes.ts';

/**
 * Everything the Method changes page draws: the matching events loaded so far, and the highlights found in
 * them. The admins come from the directory roles' members (the directory's budget, not the audit log's),
 * read once there are changes to pick them out of.
 */
export function useMethodChangesFigures(filters: ChangeFilters) {
  const queryClient = useQueryClient();
  const changes = useInfiniteQuery(methodChangesQuery(queryClient, filters));
  const events = useMemo(() => changes.data?.pages.flatMap((page) => page.value) ?? [], [changes.data]);
  // Only once there are changes to pick admins out of.
  const admins = useQuery({ ...adminRoleHoldersQuery(), enabled: events.length > 0 });
  const unknownTarget = changes.data?.pages[0]?.unknownTarget;
  const highlights = useMemo(() => {
    const adminIds = admins.data ? new Set(admins.data.map((a) => a.id)) : undefined;
    return {
      bulkDeletions: bulkDeletions(events),
      afterTap: registrationsAfterTap(events),
      admins: adminIds ? adminsChanged(events, adminIds) : undefined,
    };
  }, [events, admins.data]);
  return { changes, events, unknownTarget, admins, highlights };
}
