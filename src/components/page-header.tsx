import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** What the page shows, and anything that belongs under the title. */
  children: ReactNode;
  /** Controls beside the title where both fit, under it otherwise. */
  actions: ReactNode;
}

// The introduction keeps at least this width beside the controls; narrower, the controls go under it.
const INTRODUCTION_MIN_WIDTH = '28rem';

/**
 * A page's title, its introduction and its controls, laid out alike on every page. The controls wrap under the
 * introduction rather than squeeze it: squeezed beside them (a 900-1,050 px window), its lines wrapped to a
 * word or two each and the status line under it grew three lines tall.
 */
export function PageHeader({ title, children, actions }: Props) {
  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 2,
        justifyContent: 'space-between',
        alignItems: 'flex-end',
      }}
    >
      <Box sx={{ flex: `1 1 ${INTRODUCTION_MIN_WIDTH}`, minWidth: 0 }}>
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        {children}
      </Box>
      <Box sx={{ minWidth: 0 }}>{actions}</Box>
    </Box>
  );
}
