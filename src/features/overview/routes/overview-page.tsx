import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, memo, Suspense, useMemo } from 'react';
import Skeleton from '@mui/material/Skeleton';
import { useSearchParams } from 'react-router';
import { ExclusionNote } from '../../../components/exclusion-note.tsx';
import { useAuth } from '../../../lib/auth/use-auth.ts';
import { useRegistrationScan, type RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { exclusionLines, hasExclusions, isExcluded } from '../../../domain/scope/exclusions.ts';
import { exclusionsFromSearchParams, withExclusionParams } from '../../../domain/scope/exclusions-url.ts';
import { useDisabledUserIds } from '../../../domain/scope/disabled-users.ts';
import {
  usersRegisteredByFeatureQuery,
  usersRegisteredByMethodQuery,
} from '../api/registration-summaries.ts';
import { ExclusionControls } from '../../../domain/scope/exclusion-controls.tsx';
import { FeatureTiles } from '../components/feature-tiles.tsx';
import { ReportAsOf } from '../components/report-as-of.tsx';
import { ScopeControls } from '../components/scope-controls.tsx';
import { StrengthCard } from '../components/strength-card.tsx';
import { UsersByMethodCard } from '../components/users-by-method-card.tsx';
import { rowsInView, summariesFromRows } from '../lib/excluded-figures.ts';
import { overviewSections } from '../lib/overview-snapshot.ts';
import type { ReportSource } from '../lib/report-source.ts';
import { latestUpdateOfPages } from '../lib/latest-update.ts';
import { summarizeStrength } from '../lib/strength-summary.ts';
import { scopeToSearchParams } from '../lib/scope-links.ts';
import { scopeFromSearchParams } from '../lib/summary-scope.ts';
import { PageHeader } from '../../../components/page-header.tsx';

const NO_IDS: ReadonlySet<string> = new Set();
const NO_ROWS: readonly RegistrationScanRow[] = [];

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
  const excluding = hasExclusions(exclusions);
  const { account } = useAuth();
  const features = useQuery(usersRegisteredByFeatureQuery(scope));
  const methods = useQuery(usersRegisteredByMethodQuery(scope));
  const { query: scan, rows, pages, rowsRead, scanning, settled: scanSettled, retry } = useRegistrationScan();
  const disabled = useDisabledUserIds(Boolean(exclusions.disabled));

  const disabledIds = exclusions.disabled ? disabled.data : NO_IDS;
  // Exclusions remove users from every figure, so the strength groups count the same rows as the tiles.
  const counted = useMemo(
    () => (disabledIds ? rows.filter((r) => !isExcluded(r, exclusions, disabledIds)) : NO_ROWS),
    [rows, exclusions, disabledIds],
  );
  const summary = useMemo(
    () => (scanning || !disabledIds ? undefined : summarizeStrength(excluding ? counted : rows)),
    [scanning, disabledIds, excluding, counted, rows],
  );
  const derived = useMemo(
    () =>
      excluding && !scanning && disabledIds
        ? summariesFromRows(rowsInView(rows, scope, exclusions, disabledIds))
        : undefined,
    [excluding, scanning, disabledIds, rows, scope, exclusions],
  );
  const fromScan = <T,>(data: T | undefined): ReportSource<T> => ({
    isPending: !data && !scan.isError && !disabled.isError,
    isError: scan.isError || disabled.isError,
    error: scan.error ?? disabled.error,
    data,
    refetch: () => (scan.isError ? scan.refetch() : disabled.refetch()),
  });
  const featureSource = excluding ? fromScan(derived?.features) : features;
  const methodSource = excluding ? fromScan(derived?.methods) : methods;
  // The freshest row seen so far; the finished scan's answer once it is complete. Page by page: while a
  // large tenant is scanned, rereading every row on every page would be quadratic.
  const rowsLatestUpdate = useMemo(
    () => (summary ? undefined : latestUpdateOfPages(pages)),
    [summary, pages],
  );
  const latestUpdate = summary?.latestUpdate ?? rowsLatestUpdate;

  // Days compare like with like: only the whole tenant's figures (report scope "all") make a snapshot, and
  // only fresh ones (cached figures from an earlier day show while Graph is asked again).
  const wholeTenant = scope.userTypes === 'all' && scope.userRoles === 'all';
  const fresh = scanSettled && !features.isFetching && !methods.isFetching;
  const snapshotSections =
    wholeTenant && fresh && featureSource.data && methodSource.data && summary
      ? overviewSections(featureSource.data, methodSource.data, summary)
      : undefined;

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
        <ReportAsOf latestUpdate={latestUpdate} />
      </PageHeader>
      <div>
        {excluding && (
          <ExclusionNote
            lines={lines}
            extra="Graph's summaries cannot leave accounts out, so these figures are counted from the registration report's rows. The users lists behind the numbers still include everyone."
          />
        )}
        <FeatureTiles query={featureSource} scope={scope} excluding={excluding} />
      </div>
      <StrengthCard
        note={note}
        state={{
          summary,
          rowsRead,
          scanning: scanning || (!disabledIds && !disabled.isError),
          error: scan.isError ? scan.error : disabled.isError ? disabled.error : undefined,
          onRetry: () => (scan.isError ? retry() : void disabled.refetch()),
        }}
      />
      <UsersByMethodCard query={methodSource} note={note} />
      {account && (
        <Suspense
          fallback={
            <Skeleton role="progressbar" variant="rounded" height={320} aria-label="Loading history" />
          }
        >
          <HistoryCard
            tenantId={account.tenantId}
            sections={snapshotSections}
            exclusions={exclusions}
            lensRows={snapshotSections && rows}
            counted={counted}
          />
        </Suspense>
      )}
    </Stack>
  );
}

export default OverviewPage;
