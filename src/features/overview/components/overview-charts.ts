// The Overview's two Recharts charts, one chunk: loaded beside the page, not before it.
export { StrengthChart } from './strength-chart.tsx';
export { UsersByMethodChart } from './users-by-method-chart.tsx';
