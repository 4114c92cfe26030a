import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import type { UserRegistrationFeatureSummary } from '@microsoft/microsoft-graph-types-beta';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { KpiTile, KpiTileSkeleton } from '../../../components/kpi-tile.tsx';
import { formatCount, formatShare } from '../../../lib/format.ts';
import { featureKpis } from '../lib/feature-kpis.ts';
import { REPORT_ACCESS_HINT } from '../../../lib/graph/report-access-hint.ts';
import type { SummaryScope } from '../../../lib/graph/query-keys.ts';
import Typography from '@mui/material/Typography';
import type { ReportSource } from '../lib/report-source.ts';
import { scopeListParams, usersListLink } from '../lib/scope-links.ts';
import { visuallyHidden } from '../../../components/visually-hidden.ts';

const TILE = { xs: 12, sm: 6, lg: 4 } as const;

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

interface Props {
  query: ReportSource<UserRegistrationFeatureSummary>;
  scope: SummaryScope;
  /** True when the figures leave cohorts out (counted from the registration scan). */
  excluding?: boolean;
}

/** The total and the five features; every number links to the users behind it, in the same scope. */
export function FeatureTiles({ query, scope, excluding = false }: Props) {
  if (query.isError)
    return (
      <GraphErrorAlert
        error={query.error}
        accessHint={REPORT_ACCESS_HINT}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.isPending || !query.data) {
    return (
      <Grid container spacing={2} aria-busy="true" aria-label="Loading adoption figures">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Grid key={i} size={TILE}>
            <KpiTileSkeleton />
          </Grid>
        ))}
      </Grid>
    );
  }
  const { total, kpis } = featureKpis(query.data);
  if (total === 0) {
    return (
      <EmptyState title="No users in this report yet">
        The registration report lists enabled users. New tenants and new users can take a few hours to appear.
      </EmptyState>
    );
  }
  // The list's feature names are its URL parameters; the scope becomes its user-type and admin filters.
  const link = (extra: Record<string, string> = {}) => usersListLink(scope, extra);
  const { exact } = scopeListParams(scope);
  return (
    <>
      {/* Each tile's name is a third-level heading: this names their group, so the outline skips no level. */}
      <Box component="h2" sx={visuallyHidden}>
        Adoption figures
      </Box>
      <Grid container spacing={2}>
        {!exact && (
          <Grid size={12}>
            <Typography variant="body2" color="text.secondary" data-testid="scope-link-note">
              The users list cannot tell privileged admins from other admins: its links show all admins.
            </Typography>
          </Grid>
        )}
        <Grid size={TILE}>
          <KpiTile
            label="Users in the report"
            value={formatCount(total)}
            caption={
              excluding
                ? 'Enabled users in this scope, after exclusions'
                : scope.userTypes === 'all' && scope.userRoles === 'all'
                  ? 'Enabled members and guests'
                  : 'Enabled users in this scope'
            }
            testId="kpi-total"
            valueTo={link()}
            actions={<UsersLink to={link()} text="Show users" hidden="(everyone in the report)" />}
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
              valueTo={link({ [kpi.feature]: 'true' })}
              actions={
                <>
                  <UsersLink
                    to={link({ [kpi.feature]: 'true' })}
                    text="Show users"
                    hidden={`(${kpi.label})`}
                  />
                  <UsersLink
                    to={link({ [kpi.feature]: 'false' })}
                    text="Show users without"
                    hidden={`(not ${kpi.label})`}
                  />
                </>
              }
            />
          </Grid>
        ))}
      </Grid>
    </>
  );
}
