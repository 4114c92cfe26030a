import { useQuery } from '@tanstack/react-query';
import { activityFilterQuery, type ActivityFilters } from '../lib/activity-filters.ts';
import { periodDays, type UsagePeriod } from '../lib/usage-period.ts';
import { credentialUsageDetailsQuery } from './usage-events.ts';
import { credentialUsageSummaryQuery } from './usage-summary.ts';

/**
 * The Usage page's figures: the outcome summary for the period, and the activity events Graph filtered. Graph
 * cannot filter these events by date, so `since` is where the period starts, counted from when they came.
 */
export function useUsageFigures(period: UsagePeriod, filters: ActivityFilters) {
  const summary = useQuery(credentialUsageSummaryQuery(period));
  const events = useQuery(credentialUsageDetailsQuery(activityFilterQuery(filters)));
  const since = events.data ? events.data.fetchedAt - periodDays(period) * 86_400_000 : 0;
  return { summary, events, since };
}
