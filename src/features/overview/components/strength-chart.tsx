import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNavigate } from 'react-router';
import { useChartPalette } from '../../../components/use-chart-palette.ts';
import { formatShare } from '../../../lib/format.ts';
import { strengthChartHeight } from './chart-heights.ts';
import type { StrengthBar } from '../lib/strength-summary.ts';

const pct = (v: unknown) => formatShare(Number(v) / 100);

/** Shares, not counts: admins are a few dozen and users thousands, so counts would hide the admins' bars. */
export function StrengthChart({ bars }: { bars: StrengthBar[] }) {
  const { palette, tick, narrow } = useChartPalette();
  const navigate = useNavigate();
  const open = (index: number, admins: boolean) => {
    const bar = bars[index];
    if (bar) void navigate(`/registration?${admins ? 'admin=true&' : ''}strength=${bar.strength}`);
  };
  return (
    <div
      role="img"
      aria-label="Bar chart of users by their strongest registered method, as a share of all users and of admins. The table below lists the same numbers, with links to the users."
    >
      <ResponsiveContainer width="100%" height={strengthChartHeight(narrow)}>
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 4, left: narrow ? 24 : 0 }}>
          <CartesianGrid vertical={false} stroke={palette.divider} />
          {/* On a phone the four names do not fit side by side: slant them instead of overlapping. */}
          <XAxis
            dataKey="label"
            tick={tick}
            interval={0}
            stroke={palette.divider}
            angle={narrow ? -25 : 0}
            textAnchor={narrow ? 'end' : 'middle'}
            height={narrow ? 56 : 30}
          />
          <YAxis tick={tick} tickFormatter={pct} domain={[0, 100]} width={48} stroke={palette.divider} />
          <Tooltip
            cursor={{ fill: palette.action.hover }}
            formatter={(value, name) => [pct(value), name]}
            contentStyle={{
              background: palette.background.paper,
              border: `1px solid ${palette.divider}`,
              color: palette.text.primary,
            }}
          />
          <Legend wrapperStyle={{ color: palette.text.primary, fontSize: 13 }} />
          <Bar
            dataKey="overall"
            name="All users"
            fill={palette.primary.main}
            isAnimationActive={false}
            radius={[4, 4, 0, 0]}
            cursor="pointer"
            onClick={(_, index) => open(index, false)}
          />
          <Bar
            dataKey="admins"
            name="Admins"
            fill={palette.secondary.main}
            isAnimationActive={false}
            radius={[4, 4, 0, 0]}
            cursor="pointer"
            onClick={(_, index) => open(index, true)}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
