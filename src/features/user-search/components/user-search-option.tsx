import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { UserSearchHit } from '../api/search-users.ts';

// Graph strings may be 5,000 characters long or carry RTL overrides: isolate them and cut with an ellipsis.
const oneLine = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  unicodeBidi: 'isolate',
} as const;

/** One search hit: name, UPN and job title, and a chip when the account cannot sign in. */
export function UserSearchOption({ user }: { user: UserSearchHit }) {
  const secondary = [user.userPrincipalName, user.jobTitle].filter(Boolean).join(' · ');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0, width: '100%' }}>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography variant="body2" sx={{ ...oneLine, fontWeight: 500 }} dir="auto">
          {user.displayName || user.userPrincipalName || user.id}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p" sx={oneLine} dir="auto">
          {secondary}
        </Typography>
      </Box>
      {user.accountEnabled === false && (
        <Chip label="Disabled" size="small" color="warning" variant="outlined" />
      )}
    </Box>
  );
}
