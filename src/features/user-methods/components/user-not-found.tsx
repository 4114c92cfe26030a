import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';

export function UserNotFound({ id }: { id: string }) {
  return (
    <Card>
      <EmptyState title="No such user">
        No user in this directory has the id “{id}”. They may have been deleted, or the link is wrong. Search
        for them with the box at the top.
      </EmptyState>
      <Button component={Link} to="/" sx={{ display: 'block', mx: 'auto', mb: 3, width: 'fit-content' }}>
        Back to the overview
      </Button>
    </Card>
  );
}
