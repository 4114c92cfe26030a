/**
 * Recharts is most of the Overview's weight. The router starts this download when the route matches, beside the
 * page's own chunk and Graph's answers, so the figures draw without waiting for it and the charts follow at once.
 */
export const loadOverviewCharts = () => import('./overview-charts.ts');
