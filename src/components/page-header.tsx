import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** What the page shows, and anything that belongs under the title. */
  children: ReactNode;
  /** Controls beside the title on wide screens, under it on narrow ones. */
  actions: ReactNode;
}

/** A page's title, its introduction and its controls, laid out alike on every page. */
export function PageHeader({ title, children, actions }: Props) {
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-end' } }}
    >
      <div>
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        {children}
      </div>
      {/* Never squeezed by a long introduction beside it. */}
      <Box sx={{ flexShrink: 0 }}>{actions}</Box>
    </Stack>
  );
}
