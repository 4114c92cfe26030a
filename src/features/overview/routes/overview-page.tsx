import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, memo, Suspense, useMemo } from 'react';
import Skeleton from '@mui/material/Skeleton';
import { useSearchParams } from 'react-router';
import { ExclusionNote } from '../../../components/exclusion-note.tsx';
import { useAuth } from '../../../lib/auth/use-auth.ts';
import { exclusionLines } from '../../../domain/scope/exclusions.ts';
import { exclusionsFromSearchParams, withExclusionParams } from '../../../domain/scope/exclusions-url.ts';
import { useOverviewFigures } from '../api/use-overview-figures.ts';
import { ExclusionControls } from '../../../domain/scope/exclusion-controls.tsx';
import { FeatureTiles } from '../components/feature-tiles.tsx';
import { ReportAsOf } from '../components/report-as-of.tsx';
import { ScopeControls } from '../components/scope-controls.tsx';
import { StrengthCard } from '../components/strength-card.tsx';
import { RegisteredAndUsedCard } from '../components/registered-and-used-card.tsx';
import { UsersByMethodCard } from '../components/users-by-method-card.tsx';
import { scopeToSearchParams } from '../lib/scope-links.ts';
import { scopeFromSearchParams } from '../lib/summary-scope.ts';
import { PageHeader } from '../../../components/page-header.tsx';

// Below the fold and with its own chart type: loaded after the figures, outside the route's first bundle.
// Memoised: its props hold still while a large tenant's scan re-renders the page with every page of rows.
const HistoryCard = lazy(() =>
  import('../components/history-card.tsx').then((m) => ({ default: memo(m.HistoryCard) })),
);

/** Adoption at a glance: who can do MFA, SSPR and passwordless, which methods people use, and how strong. */
export function OverviewPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const scope = scopeFromSearchParams(searchParams);
  const exclusions = useMemo(() => exclusionsFromSearchParams(searchParams), [searchParams]);
  const { account } = useAuth();
  const figures = useOverviewFigures(scope, exclusions);
  const { excluding } = figures;

  const lines = exclusionLines(exclusions);
  const note = <ExclusionNote lines={lines} />;
  const setParams = (params: URLSearchParams) => setSearchParams(params, { replace: false });

  return (
    <Stack spacing={3}>
      <PageHeader
        title="Overview"
        actions={
          <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
            <ScopeControls
              scope={scope}
              onChange={(next) => setParams(withExclusionParams(scopeToSearchParams(next), exclusions))}
            />
            <ExclusionControls
              exclusions={exclusions}
              onChange={(next) => setParams(withExclusionParams(searchParams, next))}
            />
          </Stack>
        }
      >
        <Typography color="text.secondary">
          Authentication-method registration across the tenant, from Microsoft Graph's registration reports.
        </Typography>
        <ReportAsOf latestUpdate={figures.latestUpdate} />
      </PageHeader>
      <div>
        {excluding && (
          <ExclusionNote
            lines={lines}
            extra="Graph's summaries cannot leave accounts out, so these figures are counted from the registration report's rows. The users lists behind the numbers still include everyone."
          />
        )}
        <FeatureTiles query={figures.featureSource} scope={scope} excluding={excluding} />
      </div>
      <StrengthCard note={note} state={figures.strength} />
      <UsersByMethodCard query={figures.methodSource} note={note} />
      <Suspense
        fallback={
          <Skeleton
            role="progressbar"
            variant="rounded"
            height={160}
            aria-label="Loading registered and used"
          />
        }
      >
        <RegisteredAndUsedCard rows={figures.rowsInView} note={note} />
      </Suspense>
      {account && (
        <Suspense
          fallback={
            <Skeleton role="progressbar" variant="rounded" height={320} aria-label="Loading history" />
          }
        >
          <HistoryCard
            tenantId={account.tenantId}
            sections={figures.snapshotSections}
            exclusions={exclusions}
            lensRows={figures.snapshotSections && figures.rows}
            counted={figures.counted}
          />
        </Suspense>
      )}
    </Stack>
  );
}

export default OverviewPage;
