import Button from '@mui/material/Button';
import { Link } from 'react-router';
import { EmptyState } from '../components/empty-state.tsx';

export function NotFoundPage() {
  return (
    <EmptyState title="There is no page at this address">
      <Button component={Link} to="/" sx={{ mt: 1 }}>
        Go to the overview
      </Button>
    </EmptyState>
  );
}
