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
import { useNavigate } from 'react-router';
import { useChartPalette } from '../../../components/use-chart-palette.ts';
import { formatCount } from '../../../lib/format.ts';
import type { MethodBar } from '../lib/method-series.ts';
import { methodChartHeight } from './chart-heights.ts';

/** Horizontal bars so long method names stay readable; height grows with the number of methods. */
export function UsersByMethodChart({ bars, total }: { bars: MethodBar[]; total: number }) {
  const { palette, narrow, tick } = useChartPalette();
  const navigate = useNavigate();
  // A bar opens the users who registered that method; the table view offers the same as links.
  const openMethod = (index: number) => {
    const bar = bars[index];
    if (bar) void navigate(`/registration?method=${encodeURIComponent(bar.method)}`);
  };
  return (
    <div
      role="img"
      aria-label={`Bar chart of users per authentication method, out of ${formatCount(total)} users. The table view lists the same numbers, with links to the users.`}
    >
      <ResponsiveContainer width="100%" height={methodChartHeight(bars.length)}>
        <BarChart
          data={bars}
          layout="vertical"
          margin={{ top: 4, right: narrow ? 40 : 56, bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} stroke={palette.divider} />
          <XAxis
            type="number"
            tick={tick}
            allowDecimals={false}
            tickFormatter={formatCount}
            stroke={palette.divider}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={narrow ? 120 : 210}
            tick={tick}
            interval={0}
            stroke={palette.divider}
          />
          <Tooltip
            cursor={{ fill: palette.action.hover }}
            formatter={(value) => [formatCount(Number(value)), 'Users']}
            contentStyle={{
              background: palette.background.paper,
              border: `1px solid ${palette.divider}`,
              color: palette.text.primary,
            }}
          />
          <Bar
            dataKey="users"
            fill={palette.primary.main}
            isAnimationActive={false}
            radius={[0, 4, 4, 0]}
            cursor="pointer"
            onClick={(_, index) => openMethod(index)}
          >
            <LabelList
              dataKey="users"
              position="right"
              formatter={(v: unknown) => formatCount(Number(v))}
              style={{ fill: palette.text.primary, fontSize: 12 }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
