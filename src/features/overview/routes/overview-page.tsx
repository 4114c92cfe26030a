import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { credentialUserRegistrationCountQuery } from '../api/credential-registration-count.ts';
import { useReportsPacerWaiting } from '../../../lib/graph/reports-pacer-status.ts';
import { useRegistrationScan } from '../../../lib/reports/registration-scan.ts';
import {
  usersRegisteredByFeatureQuery,
  usersRegisteredByMethodQuery,
} from '../api/registration-summaries.ts';
import { FeatureTiles } from '../components/feature-tiles.tsx';
import { LegacyRegistrationCard } from '../components/legacy-registration-card.tsx';
import { RateLimitNotice } from '../../../components/rate-limit-notice.tsx';
import { ReportAsOf } from '../components/report-as-of.tsx';
import { ScopeControls } from '../components/scope-controls.tsx';
import { StrengthCard } from '../components/strength-card.tsx';
import { UsersByMethodCard } from '../components/users-by-method-card.tsx';
import { summarizeStrength } from '../lib/strength-summary.ts';
import { scopeFromSearchParams, scopeToSearchParams } from '../lib/summary-scope.ts';
import { isWaitingOnThrottle } from '../../../lib/graph/throttle-state.ts';

/** Adoption at a glance: who can do MFA, SSPR and passwordless, which methods people use, and how strong. */
export function OverviewPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const scope = scopeFromSearchParams(searchParams);
  const features = useQuery(usersRegisteredByFeatureQuery(scope));
  const methods = useQuery(usersRegisteredByMethodQuery(scope));
  const legacy = useQuery(credentialUserRegistrationCountQuery());
  const { query: scan, rows, scanning, retry } = useRegistrationScan();
  const pacerWaiting = useReportsPacerWaiting();

  const summary = useMemo(() => (scanning ? undefined : summarizeStrength(rows)), [scanning, rows]);
  // The freshest row seen so far; the finished scan's answer once it is complete.
  const latestUpdate =
    summary?.latestUpdate ?? (rows.length ? summarizeStrength(rows).latestUpdate : undefined);
  const throttled = pacerWaiting || [features, methods, legacy, scan].some(isWaitingOnThrottle);

  return (
    <Stack spacing={3}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-end' } }}
      >
        <div>
          <Typography variant="h4" component="h1">
            Overview
          </Typography>
          <Typography color="text.secondary">
            Authentication-method registration across the tenant, from Microsoft Graph's registration reports.
          </Typography>
          <ReportAsOf latestUpdate={latestUpdate} />
        </div>
        <ScopeControls
          scope={scope}
          onChange={(next) => setSearchParams(scopeToSearchParams(next), { replace: false })}
        />
      </Stack>
      <RateLimitNotice waiting={throttled} />
      <FeatureTiles query={features} scope={scope} />
      <LegacyRegistrationCard query={legacy} />
      <StrengthCard
        state={{
          summary,
          rowsRead: rows.length,
          scanning,
          error: scan.isError ? scan.error : undefined,
          onRetry: retry,
        }}
      />
      <UsersByMethodCard query={methods} />
    </Stack>
  );
}

export default OverviewPage;
