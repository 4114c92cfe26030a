import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';

/** Last line of defence: a page that failed to load or render says so instead of going blank. */
export function RouteError({ error }: { error: unknown }) {
  return (
    <Box sx={{ py: 1 }}>
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
