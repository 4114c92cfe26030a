import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';
import { BreakableAddress } from '../../../components/breakable-address.tsx';
import { ChartCard } from '../../../components/chart-card.tsx';
import { useRecentUsers } from '../../../domain/session/recent-users.ts';

/** The users opened in this session, most recent first: a helpdesk call often comes back. */
export function RecentUsersCard() {
  const users = useRecentUsers();
  return (
    <ChartCard title="Opened in this session">
      {users.length === 0 ? (
        <Typography color="text.secondary" data-testid="recent-users-empty">
          Users you open appear here until you sign out or close this tab.
        </Typography>
      ) : (
        <List dense disablePadding data-testid="recent-users">
          {users.map((user) => (
            <ListItemButton
              key={user.id}
              component={Link}
              to={`/users/${encodeURIComponent(user.id)}`}
              data-testid="recent-user"
            >
              <ListItemText
                primary={user.displayName}
                secondary={<BreakableAddress value={user.upn} />}
                slotProps={{ secondary: { sx: { overflowWrap: 'break-word' } } }}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </ChartCard>
  );
}
