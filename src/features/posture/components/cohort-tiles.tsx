import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { cohortHref } from '../lib/lens-params.ts';
import { formatCount, formatShare } from '../../../lib/format.ts';
import {
  OUTCOME_LABEL,
  OUTCOME_RULE,
  OUTCOMES,
  type RetirementOutcome,
} from '../../../domain/posture/sms-voice/retirement-outcome.ts';
import type { RetirementSummary } from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { ExportRetirementButton } from './export-retirement-button.tsx';

function Tile({
  cohort,
  summary,
  selected,
}: {
  cohort: RetirementOutcome;
  summary: RetirementSummary;
  selected: boolean;
}) {
  const count = summary.counts[cohort];
  const share = summary.total > 0 ? count / summary.total : null;
  const label = OUTCOME_LABEL[cohort];
  const [params] = useSearchParams();
  return (
    <Card
      variant="outlined"
      sx={{
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        borderColor: selected ? 'primary.main' : undefined,
        borderWidth: selected ? 2 : undefined,
      }}
      aria-current={selected ? 'true' : undefined}
      data-testid={`cohort-${cohort}`}
    >
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="subtitle2" color="text.secondary" component="h3">
          {label}
        </Typography>
        <Typography variant="h4" component="p" sx={{ my: 0.5, fontWeight: 600 }}>
          <Link
            component={RouterLink}
            to={cohortHref(cohort, params)}
            data-testid={`cohort-${cohort}-count`}
            aria-label={`${formatCount(count)} users: ${label} (show them)`}
          >
            {formatCount(count)}
          </Link>
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid={`cohort-${cohort}-share`}>
          {`${formatShare(share)} of ${formatCount(summary.total)} users`}
        </Typography>
        {share != null && (
          <LinearProgress
            variant="determinate"
            value={share * 100}
            sx={{ mt: 1.5, height: 6, borderRadius: 3 }}
            aria-label={`${label}: ${Math.round(share * 100)}%`}
          />
        )}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
          {OUTCOME_RULE[cohort]}
        </Typography>
      </CardContent>
      <CardActions sx={{ px: 1, pt: 0, pb: 1.5 }}>
        <ExportRetirementButton
          cohort={cohort}
          label={label}
          users={summary.users.filter((u) => u.outcome.outcome === cohort)}
        />
      </CardActions>
    </Card>
  );
}

/**
 * One tile per outcome: its size and share, a link to its users, and its CSV. "Scope unknown" shows only when
 * someone is in it.
 */
export function CohortTiles({
  summary,
  selected,
}: {
  summary: RetirementSummary;
  selected: RetirementOutcome;
}) {
  const shown = OUTCOMES.filter((o) => o !== 'scopeUnknown' || summary.counts.scopeUnknown > 0);
  return (
    <Grid container spacing={2}>
      {shown.map((cohort) => (
        <Grid key={cohort} size={{ xs: 12, sm: 6, lg: 4 }}>
          <Tile cohort={cohort} summary={summary} selected={cohort === selected} />
        </Grid>
      ))}
    </Grid>
  );
}
