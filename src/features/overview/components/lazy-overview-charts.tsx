import Alert from '@mui/material/Alert';
import Skeleton from '@mui/material/Skeleton';
import { memo, useEffect, useState, type ComponentProps } from 'react';
import { useChartPalette } from '../../../components/use-chart-palette.ts';
import { loadedOverviewCharts, loadOverviewCharts } from './load-overview-charts.ts';
import { methodChartHeight, strengthChartHeight } from './chart-heights.ts';
import type { StrengthChart } from './strength-chart.tsx';
import type { UsersByMethodChart } from './users-by-method-chart.tsx';

/**
 * The charts' module, once loaded. A plain state update rather than React.lazy: React holds back a Suspense
 * boundary's reveal for up to 300 ms after any fallback, which would delay the first chart for nothing.
 */
function useOverviewCharts() {
  const [charts, setCharts] = useState(loadedOverviewCharts);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (charts) return;
    let current = true;
    loadOverviewCharts().then(
      (module) => current && setCharts(module),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [charts]);
  return { charts, failed };
}

function ChartPlaceholder({ height, failed }: { height: number; failed: boolean }) {
  return failed ? (
    <Alert severity="warning">
      The chart could not be loaded. The table view shows the same figures; reload the page to try again.
    </Alert>
  ) : (
    <Skeleton role="progressbar" variant="rounded" height={height} aria-label="Loading chart" />
  );
}

// Memoised: the Overview re-renders with every page of a large tenant's scan, and Recharts recomputes its
// whole layout whenever it renders. With the same bars, the charts need not.
export const LazyStrengthChart = memo(function LazyStrengthChart(
  props: ComponentProps<typeof StrengthChart>,
) {
  const { charts, failed } = useOverviewCharts();
  const { narrow } = useChartPalette();
  return charts ? (
    <charts.StrengthChart {...props} />
  ) : (
    <ChartPlaceholder height={strengthChartHeight(narrow)} failed={failed} />
  );
});

export const LazyUsersByMethodChart = memo(function LazyUsersByMethodChart(
  props: ComponentProps<typeof UsersByMethodChart>,
) {
  const { charts, failed } = useOverviewCharts();
  return charts ? (
    <charts.UsersByMethodChart {...props} />
  ) : (
    <ChartPlaceholder height={methodChartHeight(props.bars.length)} failed={failed} />
  );
});
