import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { resolveUserIdQuery } from '../../../domain/users/resolve-user-id.ts';
import { UserNotFound } from '../components/user-not-found.tsx';

/** `/users/{upn}`: one lookup, then the id-based page (the registration report is keyed by id only). */
export function UserByUpn({ upn }: { upn: string }) {
  const resolved = useQuery(resolveUserIdQuery(upn));
  if (resolved.isPending) return <LinearProgress aria-label="Finding the user" />;
  if (resolved.isError) {
    if (resolved.error instanceof GraphError && resolved.error.status === 404)
      return <UserNotFound id={upn} />;
    return <GraphErrorAlert error={resolved.error} onRetry={() => void resolved.refetch()} />;
  }
  return <Navigate replace to={`/users/${encodeURIComponent(resolved.data)}`} />;
}
