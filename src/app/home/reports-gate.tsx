import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { readsReports } from '../../domain/session/report-access.ts';
import { myDirectoryRolesQuery } from '../../domain/session/signed-in-user-api.ts';
import { ReportsNeedRole } from './reports-need-role.tsx';

/**
 * A page built on the authentication-methods reports, for an operator whose roles are known not to read
 * them: one calm explanation (which role would, and where their own work is) instead of the page's requests
 * each failing with a red banner. Roles not known yet, or unreadable: the page, and Graph decides.
 */
export function ReportsGate({ title, children }: { title: string; children: ReactNode }) {
  const roles = useQuery(myDirectoryRolesQuery());
  if (readsReports(roles.data) !== false) return children;
  return <ReportsNeedRole title={title} roles={roles.data ?? []} />;
}
