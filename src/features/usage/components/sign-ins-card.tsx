import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { TitledCard } from '../../../components/titled-card.tsx';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { formatCount, formatShare } from '../../../lib/format.ts';
import { mfaSignInSummaryQuery, signInsByMethodQuery } from '../api/sign-in-summaries.ts';
import { methodSignInRows, mfaShare } from '../lib/sign-in-figures.ts';
import { USAGE_ACCESS_HINT } from '../lib/usage-access-hint.ts';
import { periodDays, type UsagePeriod } from '../lib/usage-period.ts';

function MfaLine({ period }: { period: UsagePeriod }) {
  const query = useQuery(mfaSignInSummaryQuery());
  const [now] = useState(() => Date.now());
  const share = useMemo(
    () => (query.data ? mfaShare(query.data, periodDays(period), now) : undefined),
    [query.data, period, now],
  );
  if (query.isPending) return <Skeleton variant="text" width="60%" aria-label="Loading MFA sign-ins" />;
  if (query.isError || !share)
    return (
      <GraphErrorAlert
        error={query.error}
        accessHint={USAGE_ACCESS_HINT}
        onRetry={() => void query.refetch()}
      />
    );
  const counted = share.multiFactor + share.singleFactor;
  return (
    <Typography variant="body1" data-testid="mfa-sign-in-share">
      <strong>{formatShare(counted > 0 ? share.multiFactor / counted : null)}</strong> of sign-ins used MFA:{' '}
      {formatCount(share.multiFactor)} multifactor, {formatCount(share.singleFactor)} single-factor
      (userMfaSignInSummary).
    </Typography>
  );
}

/**
 * Which methods people sign in with, tenant-wide, from the two sign-in summaries Graph answers in one call each:
 * successful sign-ins per method, and single- against multifactor sign-ins per day.
 */
export function SignInsCard({ period }: { period: UsagePeriod }) {
  const query = useQuery(signInsByMethodQuery(period));
  const rows = useMemo(() => (query.data ? methodSignInRows(query.data) : undefined), [query.data]);
  const total = rows?.reduce((sum, r) => sum + r.count, 0) ?? 0;
  return (
    <TitledCard
      title="Sign-ins by method"
      intro="Successful sign-ins per method in the period (userSignInsByAuthMethodSummary): what people actually sign in with, beside what they have registered."
    >
      <MfaLine period={period} />
      {query.isPending ? (
        <Skeleton role="progressbar" variant="rounded" height={160} aria-label="Loading sign-ins by method" />
      ) : query.isError || !rows ? (
        <GraphErrorAlert
          error={query.error}
          accessHint={USAGE_ACCESS_HINT}
          onRetry={() => void query.refetch()}
        />
      ) : rows.length === 0 ? (
        <EmptyState title="No sign-ins in this period" />
      ) : (
        <Box
          component="ul"
          aria-label="Successful sign-ins per method"
          sx={{ listStyle: 'none', m: 0, mt: 1, p: 0 }}
        >
          {rows.map((row) => (
            <Box
              component="li"
              key={row.method}
              data-testid="method-sign-ins"
              data-method={row.method}
              sx={{
                py: 0.75,
                borderTop: 1,
                borderColor: 'divider',
                display: 'flex',
                flexWrap: 'wrap',
                gap: 1,
                justifyContent: 'space-between',
                overflowWrap: 'anywhere',
              }}
            >
              <Typography variant="body2">{row.label}</Typography>
              <Typography variant="body2" color="text.secondary">
                <span data-testid="method-sign-ins-count">{formatCount(row.count)}</span> ·{' '}
                {formatShare(total > 0 ? row.count / total : null)}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </TitledCard>
  );
}
