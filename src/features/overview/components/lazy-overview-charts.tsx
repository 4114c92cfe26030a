import Skeleton from '@mui/material/Skeleton';
import { lazy, Suspense, type ComponentProps } from 'react';
import { loadOverviewCharts } from './load-overview-charts.ts';
import { methodChartHeight } from './method-chart-height.ts';
import type { StrengthChart as StrengthChartType } from './strength-chart.tsx';
import type { UsersByMethodChart as UsersByMethodChartType } from './users-by-method-chart.tsx';

const StrengthChart = lazy(() => loadOverviewCharts().then((m) => ({ default: m.StrengthChart })));
const UsersByMethodChart = lazy(() => loadOverviewCharts().then((m) => ({ default: m.UsersByMethodChart })));

const chartSkeleton = (height: number) => (
  <Skeleton variant="rounded" height={height} aria-label="Loading chart" />
);

export function LazyStrengthChart(props: ComponentProps<typeof StrengthChartType>) {
  return (
    <Suspense fallback={chartSkeleton(260)}>
      <StrengthChart {...props} />
    </Suspense>
  );
}

export function LazyUsersByMethodChart(props: ComponentProps<typeof UsersByMethodChartType>) {
  return (
    <Suspense fallback={chartSkeleton(methodChartHeight(props.bars.length))}>
      <UsersByMethodChart {...props} />
    </Suspense>
  );
}
