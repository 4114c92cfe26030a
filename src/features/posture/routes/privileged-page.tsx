import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ExclusionControls } from '../../../domain/scope/exclusion-controls.tsx';
import { ExclusionNote } from '../../../components/exclusion-note.tsx';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { formatCount } from '../../../lib/format.ts';
import { ADMIN_TIER_LABELS, ADMIN_TIER_RULE, ADMIN_TIERS } from '../../../domain/posture/admin-tiers.ts';
import { useExclusionScope } from '../../../domain/scope/use-exclusion-scope.ts';
import { usePrivilegedFigures } from '../api/use-privileged-figures.ts';
import { AdminsCard } from '../components/admins-card.tsx';
import { CoverageChart } from '../components/coverage-chart.tsx';
import { CoverageTable } from '../components/coverage-table.tsx';
import { EligibilityNotice } from '../components/eligibility-notice.tsx';
import { LensHistoryCard } from '../components/lens-history-card.tsx';
import { PrivilegedHeadline } from '../components/privileged-headline.tsx';
import { LensScanState } from '../components/lens-scan-state.tsx';
import { UnrecognisedMethods } from '../components/unrecognised-methods.tsx';
import { coverageSelectionFrom } from '../lib/lens-params.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { SCROLL_SHADOWS } from '../../../components/scroll-shadows.ts';

const ROLES_ACCESS_HINT =
  'Reading admins’ role memberships needs the User.Read.All and RoleManagement.Read.Directory permissions for this app; a Global Administrator grants them.';

const TREND_SERIES = [
  { key: 'total', label: 'All admins' },
  { key: 'lackingPhishingResistant', label: 'Lacking phishing-resistant' },
  ...ADMIN_TIERS.map((key) => ({ key, label: ADMIN_TIER_LABELS[key] })),
];

/** Which admins could be phished: every admin by role tier and strongest registered method. */
export function PrivilegedPage() {
  const [searchParams] = useSearchParams();
  const selection = coverageSelectionFrom(searchParams) ?? { tier: 'all', strength: 'lacking' };
  const scope = useExclusionScope();
  const { isExcludedRow, disabled } = scope;
  const { scan, roles, eligibility, coverage } = usePrivilegedFigures(isExcludedRow, scope.exclusions);
  const note = <ExclusionNote lines={scope.lines} />;
  const unreadable = useMemo(() => new Set(roles.data?.unreadable.keys() ?? []), [roles.data]);

  return (
    <Stack spacing={3}>
      <PageHeader
        title="Privileged coverage"
        actions={<ExclusionControls exclusions={scope.exclusions} onChange={scope.setExclusions} />}
      >
        <Typography color="text.secondary">
          Every admin, from the registration report’s admin flag, their directory role memberships and
          PIM-eligible assignments, by the strongest method they registered. The password and Temporary Access
          Passes never count.
        </Typography>
      </PageHeader>
      <LensScanState scan={scan} disabled={disabled} ready={Boolean(coverage)}>
        {coverage && (
          <>
            {eligibility.isError && <EligibilityNotice error={eligibility.error} />}
            {roles.isError && (
              <GraphErrorAlert
                error={roles.error}
                accessHint={ROLES_ACCESS_HINT}
                onRetry={() => void roles.refetch()}
              />
            )}
            {unreadable.size > 0 && (
              <Alert severity="warning" data-testid="roles-unreadable">
                {`Graph did not give the role memberships of ${formatCount(unreadable.size)} admins; they are counted under “Other admin roles”.`}
              </Alert>
            )}
            {coverage.total === 0 ? (
              <div>
                {note}
                <EmptyState title="No admins found">
                  The registration report flags nobody as an admin, and no role membership or PIM eligibility
                  names anyone.
                </EmptyState>
              </div>
            ) : (
              <>
                <div>
                  {note}
                  <PrivilegedHeadline coverage={coverage} />
                </div>
                <ChartCard
                  title="Coverage by role tier"
                  note={note}
                  subheader={`${ADMIN_TIER_RULE}${coverage.eligibleOnly > 0 ? ` ${formatCount(coverage.eligibleOnly)} of them hold no active role and are admins only once they activate an eligible one.` : ''}`}
                >
                  <CoverageChart coverage={coverage} />
                  <Box sx={{ ...SCROLL_SHADOWS, mt: 2 }}>
                    <CoverageTable coverage={coverage} />
                  </Box>
                  {coverage.eligibleNotInReport > 0 && (
                    <Typography
                      variant="body2"
                      color="text.secondary"
                      sx={{ mt: 2 }}
                      data-testid="eligible-not-in-report"
                    >
                      {`${formatCount(coverage.eligibleNotInReport)} PIM-eligible principals have no row in the registration report (disabled accounts, groups or deleted users) and are not counted.`}
                    </Typography>
                  )}
                </ChartCard>
                <UnrecognisedMethods methods={coverage.unrecognised} counted="not counted towards a class" />
                <AdminsCard
                  admins={coverage.admins}
                  selection={selection}
                  unreadable={unreadable}
                  note={note}
                />
              </>
            )}
          </>
        )}
      </LensScanState>
      <LensHistoryCard
        title="Coverage over time"
        section="privileged"
        series={TREND_SERIES}
        what="the number of admins, those lacking a phishing-resistant method, and each role tier"
      />
    </Stack>
  );
}

export default PrivilegedPage;
