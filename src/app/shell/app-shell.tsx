import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { LazySessionChallenge } from '../../domain/session/lazy-session-challenge.tsx';
import { LazyUserSearchBox } from '../../features/user-search/components/lazy-user-search-box.tsx';
import { useQuery } from '@tanstack/react-query';
import { myDirectoryRolesQuery } from '../../domain/session/signed-in-user-api.ts';
import { homeKind } from '../home/home-kind.ts';
import { rememberLastPage } from '../home/home-memory.ts';
import { AccountMenu } from './account-menu.tsx';
import { GraphWaitLine } from './graph-wait-line.tsx';
import { NavList } from './nav-list.tsx';
import { NavMenu } from './nav-menu.tsx';
import { PageLoading } from './page-loading.tsx';
import { RouteErrorBoundary } from '../route-error-boundary.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

const NAV_WIDTH = 220;

/** Top bar, navigation and the page: the frame every signed-in page shares. */
export function AppShell() {
  const { pathname } = useLocation();
  // Where an operator who reads the reports and acts on users lands next time (home-route.tsx); kept for them
  // alone, so that for everyone else the home need not wait for the roles.
  const roles = useQuery(myDirectoryRolesQuery());
  const returns = homeKind(roles.data) === 'both';
  useEffect(() => {
    if (returns) rememberLastPage(pathname);
  }, [returns, pathname]);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar
        position="fixed"
        elevation={0}
        sx={{ zIndex: (t) => t.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar>
          <NavMenu />
          {/* Narrower, the search box takes the room; the menu drawer carries the name. */}
          <Typography
            variant="h6"
            component="p"
            sx={{ flexGrow: 1, fontWeight: 600, display: { xs: 'none', md: 'block' } }}
            noWrap
          >
            Authentication methods
          </Typography>
          <LazyUserSearchBox />
          <ThemeToggle />
          <AccountMenu />
        </Toolbar>
      </AppBar>
      <Box
        component="nav"
        aria-label="Main"
        sx={{
          width: NAV_WIDTH,
          flexShrink: 0,
          display: { xs: 'none', md: 'block' },
          borderRight: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        <Toolbar />
        <NavList />
      </Box>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 } }}>
        <Toolbar />
        {/* In the main area's top padding: blank, it takes no room from the page. */}
        <Box sx={{ mt: { xs: -1.75, md: -2.75 }, mb: 0.5 }}>
          <GraphWaitLine />
        </Box>
        <LazySessionChallenge answersStepUp />
        <RouteErrorBoundary key={pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </Box>
    </Box>
  );
}
