import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useUsageFigures } from '../api/use-usage-figures.ts';
import { ActivityCard } from '../components/activity-card.tsx';
import { OutcomesCard } from '../components/outcomes-card.tsx';
import { PeriodPicker } from '../components/period-picker.tsx';
import { SignInsCard } from '../components/sign-ins-card.tsx';
import { RetiredReportsSection } from '../components/retired-reports-section.tsx';
import { readActivityFilters, writeActivityFilters, type ActivityFilters } from '../lib/activity-filters.ts';
import { readPeriod, type UsagePeriod } from '../lib/usage-period.ts';
import { PageHeader } from '../../../components/page-header.tsx';

/**
 * The methods people sign in with, and where self-service password reset and method registration fail, and for
 * whom. Period and filters live in the URL.
 */
export function UsagePage() {
  const [params, setParams] = useSearchParams();
  const period = readPeriod(params);
  const filters = readActivityFilters(params);
  const { summary, events, since } = useUsageFigures(period, filters);

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
          The methods people sign in with; then self-service password reset and method registration outcomes
          (these are not MFA sign-in outcomes).
        </Typography>
      </PageHeader>
      <SignInsCard period={period} />
      <OutcomesCard query={summary} />
      <ActivityCard query={events} filters={filters} onFiltersChange={setFilters} since={since} />
      <RetiredReportsSection />
    </Stack>
  );
}
