import CleaningServicesOutlined from '@mui/icons-material/CleaningServicesOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import PhonelinkEraseOutlined from '@mui/icons-material/PhonelinkEraseOutlined';
import RuleOutlined from '@mui/icons-material/RuleOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Suspense } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { SessionChallengePrompt } from '../../components/session-challenge-prompt.tsx';
import { LazyUserSearchBox } from '../../features/user-search/components/lazy-user-search-box.tsx';
import { AccountMenu } from './account-menu.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

const NAV_WIDTH = 220;
const NAV_ITEMS = [
  { to: '/', label: 'Overview', icon: <InsightsOutlined /> },
  { to: '/usage', label: 'Usage', icon: <RuleOutlined /> },
  { to: '/registration', label: 'Users', icon: <PeopleOutlined /> },
  { to: '/privileged', label: 'Privileged', icon: <AdminPanelSettingsOutlined /> },
  { to: '/retirement', label: 'SMS retirement', icon: <PhonelinkEraseOutlined /> },
  { to: '/hygiene', label: 'Hygiene', icon: <CleaningServicesOutlined /> },
];

/** Top bar, navigation and the page: the frame every signed-in page shares. */
export function AppShell() {
  const navigation = useNavigation();
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar
        position="fixed"
        elevation={0}
        sx={{ zIndex: (t) => t.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar>
          <Typography variant="h6" component="p" sx={{ flexGrow: 1, fontWeight: 600 }} noWrap>
            Authentication methods
          </Typography>
          <LazyUserSearchBox />
          <ThemeToggle />
          <AccountMenu />
        </Toolbar>
        {navigation.state === 'loading' && (
          <LinearProgress
            aria-label="Loading page"
            sx={{ position: 'absolute', bottom: 0, left: 0, right: 0 }}
          />
        )}
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
        <List>
          {NAV_ITEMS.map((item) => (
            <ListItem key={item.to} disablePadding>
              <ListItemButton
                component={NavLink}
                to={item.to}
                end
                sx={{ '&.active': { bgcolor: 'action.selected' } }}
              >
                <ListItemIcon>{item.icon}</ListItemIcon>
                <ListItemText primary={item.label} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </Box>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 } }}>
        <Toolbar />
        <SessionChallengePrompt />
        <Suspense fallback={<LinearProgress aria-label="Loading page" />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
