import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  subheader?: ReactNode;
  action?: ReactNode;
  /** Shown above the chart, e.g. who the figures leave out and why. */
  note?: ReactNode;
  children: ReactNode;
}

/** A titled card for a chart; the title doubles as the chart's accessible name. */
export function ChartCard({ title, subheader, action, note, children }: Props) {
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card variant="outlined" component="section" aria-labelledby={id}>
      <CardHeader
        title={title}
        subheader={subheader}
        action={action}
        slotProps={{ title: { id, component: 'h2', variant: 'h6' } }}
        // Where the title and the controls do not fit side by side (a phone), the controls go under it.
        sx={{
          flexWrap: 'wrap',
          rowGap: 1,
          '& .MuiCardHeader-content': { flex: '1 1 16rem', minWidth: 0 },
          '& .MuiCardHeader-action': { m: 0, alignSelf: 'center' },
        }}
      />
      <CardContent sx={{ pt: 0 }}>
        {note}
        {children}
      </CardContent>
    </Card>
  );
}
