import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartPalette } from '../../../components/use-chart-palette.ts';
import { formatCount, formatShare } from '../../../lib/format.ts';
import type { UsageRow } from '../lib/usage-rows.ts';

const ROW_HEIGHT = 30;
// On a phone the method and feature names wrap to three lines in their narrow column: rows tall enough for them.
const NARROW_ROW_HEIGHT = 46;

/** Failure rate per method and feature, worst first; the table beside it carries the same numbers. */
export function FailureRateChart({ rows }: { rows: UsageRow[] }) {
  const { palette, narrow, tick } = useChartPalette();
  // The counts beside the rate: 100 % of one attempt is not a crisis, 100 % of fifty is.
  const data = rows.map((r) => ({
    ...r,
    rate: r.failureRate ?? 0,
    shown: `${formatShare(r.failureRate ?? 0)} (${formatCount(r.failures)}/${formatCount(r.total)})`,
  }));
  return (
    <div
      role="img"
      aria-label="Bar chart of failure rate per method and feature, highest first. The table lists the same numbers."
    >
      <ResponsiveContainer width="100%" height={data.length * (narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT) + 40}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: narrow ? 84 : 104, bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} stroke={palette.divider} />
          <XAxis
            type="number"
            domain={[0, 1]}
            tickFormatter={(v: number) => formatShare(v)}
            tick={tick}
            stroke={palette.divider}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={narrow ? 140 : 280}
            tick={tick}
            interval={0}
            stroke={palette.divider}
          />
          <Tooltip
            cursor={{ fill: palette.action.hover }}
            formatter={(_value, _name, item) => {
              const row = item.payload as UsageRow;
              return [
                `${formatShare(row.failureRate)} (${formatCount(row.failures)} of ${formatCount(row.total)})`,
                'Failed',
              ];
            }}
            contentStyle={{
              background: palette.background.paper,
              border: `1px solid ${palette.divider}`,
              color: palette.text.primary,
            }}
          />
          <Bar dataKey="rate" fill={palette.error.main} isAnimationActive={false} radius={[0, 4, 4, 0]}>
            <LabelList
              dataKey="shown"
              position="right"
              style={{ fill: palette.text.primary, fontSize: 12 }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
