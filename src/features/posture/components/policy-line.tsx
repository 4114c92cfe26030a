import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** One setting of a policy as a list item: its name in bold, then its value; long values wrap anywhere. */
export function PolicyLine({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Box component="li" sx={{ mb: 0.75, overflowWrap: 'anywhere' }} data-testid={testId}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {label}:
      </Typography>{' '}
      <Typography component="span" variant="body2">
        {children}
      </Typography>
    </Box>
  );
}
