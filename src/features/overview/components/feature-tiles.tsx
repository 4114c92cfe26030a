import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import type { UserRegistrationFeatureSummary } from '@microsoft/microsoft-graph-types-beta';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { GraphErrorAlert } from '../../../components/graph-error-alert.tsx';
import { KpiTile, KpiTileSkeleton } from '../../../components/kpi-tile.tsx';
import { formatCount, formatShare } from '../../../lib/format.ts';
import { featureKpis } from '../lib/feature-kpis.ts';
import { REPORT_ACCESS_HINT } from '../../../lib/graph/report-access-hint.ts';

const TILE = { xs: 12, sm: 6, lg: 3 } as const;

// The users list reads its filters from the URL; the tile's feature names are its parameter names.
const USERS_LIST = '/registration';

const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

/** Visible text stays short; the hidden part says which feature, for screen readers. */
function UsersLink({ to, text, hidden }: { to: string; text: string; hidden: string }) {
  return (
    <Button component={RouterLink} to={to} size="small">
      {text}
      <Box component="span" sx={visuallyHidden}>
        {hidden}
      </Box>
    </Button>
  );
}

export function FeatureTiles({ query }: { query: UseQueryResult<UserRegistrationFeatureSummary> }) {
  if (query.isPending) {
    return (
      <Grid container spacing={2} aria-busy="true" aria-label="Loading adoption figures">
        {[0, 1, 2, 3].map((i) => (
          <Grid key={i} size={TILE}>
            <KpiTileSkeleton />
          </Grid>
        ))}
      </Grid>
    );
  }
  if (query.isError)
    return (
      <GraphErrorAlert
        error={query.error}
        accessHint={REPORT_ACCESS_HINT}
        onRetry={() => void query.refetch()}
      />
    );
  const { total, kpis } = featureKpis(query.data);
  if (total === 0) {
    return (
      <EmptyState title="No users in this report yet">
        The registration report lists enabled users. New tenants and new users can take a few hours to appear.
      </EmptyState>
    );
  }
  return (
    <Grid container spacing={2}>
      <Grid size={TILE}>
        <KpiTile
          label="Users in the report"
          value={formatCount(total)}
          caption="Enabled members and guests"
          testId="kpi-total"
          actions={<UsersLink to={USERS_LIST} text="Show users" hidden="(everyone in the report)" />}
        />
      </Grid>
      {kpis.map((kpi) => (
        <Grid key={kpi.feature} size={TILE}>
          <KpiTile
            label={kpi.label}
            value={formatCount(kpi.count)}
            caption={`${formatShare(kpi.share)} of ${formatCount(total)} users`}
            share={kpi.share}
            description={kpi.description}
            testId={`kpi-${kpi.feature}`}
            actions={
              <>
                <UsersLink
                  to={`${USERS_LIST}?${kpi.feature}=true`}
                  text="Show users"
                  hidden={`(${kpi.label})`}
                />
                <UsersLink
                  to={`${USERS_LIST}?${kpi.feature}=false`}
                  text="Show users without"
                  hidden={`(not ${kpi.label})`}
                />
              </>
            }
          />
        </Grid>
      ))}
    </Grid>
  );
}
