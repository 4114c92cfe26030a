import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PageHeader } from '../../../components/page-header.tsx';
import { UserSearchBox } from '../components/user-search-box.tsx';
import { ReachCard } from '../components/reach-card.tsx';
import { RecentUsersCard } from '../components/recent-users-card.tsx';

/**
 * The helpdesk's home: finding the user comes first, then the users opened in this session, then what the
 * operator's roles let them do and on whom. Every request here works with a user-read role.
 */
export function HelpdeskPage() {
  return (
    <Stack spacing={3}>
      <PageHeader title="Helpdesk" actions={null}>
        <Typography color="text.secondary">
          Find a user to see their sign-in methods and act on them: remove a lost key, replace a phone, issue
          a Temporary Access Pass, reset a password.
        </Typography>
      </PageHeader>
      <Box role="search" aria-label="Find a user">
        <UserSearchBox placement="page" />
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
        }}
      >
        <RecentUsersCard />
        <ReachCard />
      </Box>
    </Stack>
  );
}
