import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useRouteError } from 'react-router';

/** Last line of defence: a page that failed to load or render says so instead of going blank. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Box component="main" sx={{ p: 3 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      >
        <AlertTitle>This page could not be shown</AlertTitle>
        {error instanceof Error ? error.message : 'An unexpected error occurred.'}
      </Alert>
    </Box>
  );
}
