import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatCount } from '../../../lib/format.ts';

interface Props {
  title: string;
  count: number;
  countLabel: string;
  description: string;
  testId: string;
  children: ReactNode;
}

/** One finding: its count, the rule in a sentence, and the rows behind the count. */
export function FindingCard({ title, count, countLabel, description, testId, children }: Props) {
  return (
    <Card variant="outlined" data-testid={testId} data-count={count} sx={{ minWidth: 0 }}>
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
          <Typography variant="h5" component="p" sx={{ fontWeight: 600 }} data-testid={`${testId}-count`}>
            {formatCount(count)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {countLabel}
          </Typography>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {description}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
