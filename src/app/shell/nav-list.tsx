import CleaningServicesOutlined from '@mui/icons-material/CleaningServicesOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import PhonelinkEraseOutlined from '@mui/icons-material/PhonelinkEraseOutlined';
import RuleOutlined from '@mui/icons-material/RuleOutlined';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { NavLink } from 'react-router';

const NAV_ITEMS = [
  { to: '/', label: 'Overview', icon: <InsightsOutlined /> },
  { to: '/usage', label: 'Usage', icon: <RuleOutlined /> },
  { to: '/registration', label: 'Users', icon: <PeopleOutlined /> },
  { to: '/privileged', label: 'Privileged', icon: <AdminPanelSettingsOutlined /> },
  { to: '/retirement', label: 'SMS retirement', icon: <PhonelinkEraseOutlined /> },
  { to: '/hygiene', label: 'Hygiene', icon: <CleaningServicesOutlined /> },
];

/** The pages, the current one marked: beside the page on wide screens, in the menu drawer on narrow ones. */
export function NavList({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <List>
      {NAV_ITEMS.map((item) => (
        <ListItem key={item.to} disablePadding>
          <ListItemButton
            component={NavLink}
            to={item.to}
            end
            onClick={onNavigate}
            sx={{ '&.active': { bgcolor: 'action.selected' } }}
          >
            <ListItemIcon>{item.icon}</ListItemIcon>
            <ListItemText primary={item.label} />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
