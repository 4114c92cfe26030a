import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { myDirectoryRolesQuery } from '../../domain/session/signed-in-user-api.ts';
import { PAGE_PATHS } from '../page-paths.ts';
import { PageLoading } from '../shell/page-loading.tsx';
import { homeKind } from './home-kind.ts';
import { lastPage, rememberedHome, rememberHome } from './home-memory.ts';

/**
 * The app's address, `/`: the Overview, except when the app is opened there. Then an operator whose roles
 * cannot read the reports lands on the helpdesk home rather than a page of refusals, and one who reads the
 * reports and acts on users too lands where they were last. Roles unknown (their read failed): the Overview,
 * as always. Clicking "Overview" later shows the Overview, whoever clicks.
 */
export function HomeRoute({ overview }: { overview: ReactNode }) {
  const { key } = useLocation();
  const roles = useQuery(myDirectoryRolesQuery());
  const kind = homeKind(roles.data);
  // Read before this visit's own pages are remembered over it.
  const [wasLast] = useState(lastPage);
  // Wait for the roles only where a redirect is likely: a helpdesk home last time in this tab, or a last page
  // kept for an operator who reads the reports and acts on users. Everyone else sees the Overview at once:
  // waiting cost every security lead a round trip before the first chart (measured by npm run bench).
  const [redirectLikely] = useState(
    () => rememberedHome() === 'helpdesk' || (wasLast !== undefined && wasLast !== PAGE_PATHS.overview),
  );
  useEffect(() => {
    if (kind) rememberHome(kind);
  }, [kind]);

  const opening = key === 'default'; // the router's first location: the app was opened here
  if (!opening) return overview;
  if (roles.isPending) return redirectLikely ? <PageLoading /> : overview;
  if (kind === 'helpdesk') return <Navigate to={PAGE_PATHS.helpdesk} replace />;
  if (kind === 'both' && wasLast && wasLast !== PAGE_PATHS.overview) return <Navigate to={wasLast} replace />;
  return overview;
}
