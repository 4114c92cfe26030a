import CleaningServicesOutlined from '@mui/icons-material/CleaningServicesOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import ChangeHistoryOutlined from '@mui/icons-material/ChangeHistoryOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import PhonelinkEraseOutlined from '@mui/icons-material/PhonelinkEraseOutlined';
import RuleOutlined from '@mui/icons-material/RuleOutlined';
import SupportAgentOutlined from '@mui/icons-material/SupportAgentOutlined';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { readsReports, REPORT_ROLE_NAMES } from '../../domain/session/report-access.ts';
import { myDirectoryRolesQuery } from '../../domain/session/signed-in-user-api.ts';
import { PAGE_PATHS } from '../page-paths.ts';

interface NavItem {
  to: string;
  label: string;
  icon: React.ReactNode;
  /** Built on the authentication-methods reports, which only some roles read. */
  reports?: boolean;
}

const HELPDESK: NavItem = { to: PAGE_PATHS.helpdesk, label: 'Helpdesk', icon: <SupportAgentOutlined /> };
const PAGES: readonly NavItem[] = [
  { to: PAGE_PATHS.overview, label: 'Overview', icon: <InsightsOutlined />, reports: true },
  { to: PAGE_PATHS.usage, label: 'Usage', icon: <RuleOutlined />, reports: true },
  { to: PAGE_PATHS.registration, label: 'Users', icon: <PeopleOutlined />, reports: true },
  { to: PAGE_PATHS.privileged, label: 'Privileged', icon: <AdminPanelSettingsOutlined />, reports: true },
  { to: PAGE_PATHS.retirement, label: 'SMS retirement', icon: <PhonelinkEraseOutlined />, reports: true },
  { to: PAGE_PATHS.passkeys, label: 'Passkeys', icon: <KeyOutlined />, reports: true },
  { to: PAGE_PATHS.hygiene, label: 'Hygiene', icon: <CleaningServicesOutlined /> },
  // The directory audit log: the same roles as the reports (docs/graph-notes.md §12.1).
  { to: PAGE_PATHS.changes, label: 'Method changes', icon: <ChangeHistoryOutlined />, reports: true },
];

/**
 * The pages, the current one marked: beside the page on wide screens, in the menu drawer on narrow ones. For
 * an operator whose roles cannot read the reports, the helpdesk home comes first and the report pages say
 * which role opens them, rather than being offered as if they worked.
 */
export function NavList({ onNavigate }: { onNavigate?: () => void }) {
  const roles = useQuery(myDirectoryRolesQuery());
  const refused = readsReports(roles.data) === false;
  const items = refused ? [HELPDESK, ...PAGES] : [...PAGES, HELPDESK];
  return (
    <List>
      {items.map((item) => {
        const locked = refused && item.reports;
        return (
          <ListItem key={item.to} disablePadding>
            <ListItemButton
              component={NavLink}
              to={item.to}
              end
              onClick={onNavigate}
              data-needs-role={locked ? 'reports' : undefined}
              aria-description={locked ? `Needs the ${REPORT_ROLE_NAMES} role` : undefined}
              sx={{ '&.active': { bgcolor: 'action.selected' } }}
            >
              <ListItemIcon>{locked ? <LockOutlined /> : item.icon}</ListItemIcon>
              <ListItemText
                primary={item.label}
                secondary={locked ? 'Needs Reports Reader' : undefined}
                // One line in the 220 px rail: the role's name is the mark; the full list is its description.
                slotProps={{
                  primary: { color: locked ? 'text.secondary' : undefined },
                  secondary: { variant: 'caption', noWrap: true },
                }}
              />
            </ListItemButton>
          </ListItem>
        );
      })}
    </List>
  );
}
