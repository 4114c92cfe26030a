import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../lib/auth/use-auth.ts';
import type { OperatorRoles } from '../auth-methods/operator-access.ts';
import { operatorAssignmentsQuery } from './operator-assignments.ts';
import { myDirectoryRolesQuery } from './signed-in-user-api.ts';

/**
 * The signed-in operator's roles for deciding what to offer: directory-wide ones from memberships, then those
 * scoped to administrative units and custom ones from role assignments. A lookup that fails is unknown, not none.
 */
export function useOperatorRoles(): { pending: boolean; operator: OperatorRoles } {
  const { account } = useAuth();
  const directoryWide = useQuery(myDirectoryRolesQuery());
  const assignments = useQuery({
    ...operatorAssignmentsQuery(account?.objectId ?? ''),
    enabled: Boolean(account?.objectId),
  });
  return {
    pending: directoryWide.isPending || (assignments.isPending && Boolean(account?.objectId)),
    operator: {
      directoryWide: directoryWide.data,
      assignments:
        assignments.data ??
        (assignments.isError ? { known: false, reason: assignments.error.message } : undefined),
    },
  };
}
