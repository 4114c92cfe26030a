import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../../components/empty-state.tsx';
import { formatCount } from '../../../lib/format.ts';
import type { MethodFailureReasons } from '../lib/failure-reasons.ts';

/** Why each method fails most often, from the events shown below. */
export function TopFailureReasons({ groups }: { groups: MethodFailureReasons[] }) {
  if (groups.length === 0) return <EmptyState title="No failures in these events" />;
  return (
    <List dense disablePadding sx={{ columnWidth: 340, columnGap: 4 }}>
      {groups.map((group) => (
        <ListItem
          key={group.method}
          disableGutters
          alignItems="flex-start"
          data-method={group.method}
          sx={{ breakInside: 'avoid' }}
        >
          <ListItemText
            primary={`${group.label} · ${formatCount(group.failures)} failed`}
            secondary={
              <Typography
                component="span"
                variant="body2"
                color="text.secondary"
                sx={{ display: 'block', overflowWrap: 'anywhere' }}
              >
                {group.reasons.map((r) => `${r.reason} (${formatCount(r.count)})`).join(' · ')}
              </Typography>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
