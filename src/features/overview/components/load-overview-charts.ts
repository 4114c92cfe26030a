type OverviewCharts = typeof import('./overview-charts.ts');

let loading: Promise<OverviewCharts> | undefined;
let loaded: OverviewCharts | undefined;

/**
 * Recharts is most of the Overview's weight. The router starts this download when the route matches, beside the
 * page's own chunk and Graph's answers, so the figures draw without waiting for it and the charts follow at once.
 */
export function loadOverviewCharts(): Promise<OverviewCharts> {
  loading ??= import('./overview-charts.ts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // the next chart asks again (a deploy replaced the chunk, or the network blinked)
      throw error;
    },
  );
  return loading;
}

/** The charts' module once it has arrived; a chart drawn after that needs no placeholder at all. */
export const loadedOverviewCharts = (): OverviewCharts | undefined => loaded;
