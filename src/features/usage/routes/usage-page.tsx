import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { credentialUsageDetailsQuery } from '../api/usage-events.ts';
import { credentialUsageSummaryQuery } from '../api/usage-summary.ts';
import { ActivityCard } from '../components/activity-card.tsx';
import { OutcomesCard } from '../components/outcomes-card.tsx';
import { PeriodPicker } from '../components/period-picker.tsx';
import { RetiredReportsSection } from '../components/retired-reports-section.tsx';
import {
  activityFilterQuery,
  readActivityFilters,
  writeActivityFilters,
  type ActivityFilters,
} from '../lib/activity-filters.ts';
import { periodDays, readPeriod, type UsagePeriod } from '../lib/usage-period.ts';
import { PageHeader } from '../../../components/page-header.tsx';

/** Where self-service password reset and method registration fail, and for whom. Period and filters live in the URL. */
export function UsagePage() {
  const [params, setParams] = useSearchParams();
  const period = readPeriod(params);
  const filters = readActivityFilters(params);
  const summary = useQuery(credentialUsageSummaryQuery(period));
  const events = useQuery(credentialUsageDetailsQuery(activityFilterQuery(filters)));
  // Graph cannot filter these events by date: the period is applied to what came back, counted from when it came.
  const since = events.data ? events.data.fetchedAt - periodDays(period) * 86_400_000 : 0;

  const setPeriod = (next: UsagePeriod) =>
    setParams((p) => {
      const copy = new URLSearchParams(p);
      copy.set('period', next);
      return copy;
    });
  const setFilters = useCallback(
    (next: ActivityFilters) => setParams((p) => writeActivityFilters(p, next)),
    [setParams],
  );

  return (
    <Stack spacing={3}>
      <PageHeader title="Usage" actions={<PeriodPicker value={period} onChange={setPeriod} />}>
        <Typography color="text.secondary">
          Self-service password reset and method registration outcomes. These are not MFA sign-in outcomes.
        </Typography>
      </PageHeader>
      <OutcomesCard query={summary} />
      <ActivityCard query={events} filters={filters} onFiltersChange={setFilters} since={since} />
      <RetiredReportsSection />
    </Stack>
  );
}
