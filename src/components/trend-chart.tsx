import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartPalette } from './use-chart-palette.ts';

export interface TrendSeries {
  key: string;
  label: string;
}

export type TrendPoint = { day: string } & Record<string, number | string | null>;

interface Props {
  points: readonly TrendPoint[];
  series: readonly TrendSeries[];
  /** What the lines show, for screen readers (the numbers are also in the history export). */
  description: string;
  /** Values are percentages 0..100. */
  percent?: boolean;
  testId?: string;
}

const shortDay = (day: unknown) => String(day).slice(5);

/** Lines over days, one per series; a gap where a day's snapshot has no value for a series. */
export function TrendChart({ points, series, description, percent = true, testId }: Props) {
  const { palette, tick, narrow } = useChartPalette();
  const colours = [
    palette.primary.main,
    palette.secondary.main,
    palette.success.main,
    palette.warning.main,
    palette.error.main,
    palette.info.main,
  ];
  const format = (v: unknown) => (percent ? `${Number(v).toFixed(Number(v) % 1 ? 1 : 0)}%` : String(v));
  return (
    <div role="img" aria-label={description} data-testid={testId} data-points={points.length}>
      <ResponsiveContainer width="100%" height={narrow ? 220 : 240}>
        <LineChart data={points as TrendPoint[]} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke={palette.divider} />
          <XAxis
            dataKey="day"
            tick={tick}
            tickFormatter={shortDay}
            stroke={palette.divider}
            minTickGap={16}
          />
          <YAxis
            tick={tick}
            tickFormatter={format}
            domain={percent ? [0, 100] : [0, 'auto']}
            width={48}
            stroke={palette.divider}
          />
          <Tooltip
            formatter={(value, name) => [format(value), name]}
            contentStyle={{
              background: palette.background.paper,
              border: `1px solid ${palette.divider}`,
              color: palette.text.primary,
            }}
          />
          <Legend wrapperStyle={{ color: palette.text.primary, fontSize: 13 }} />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={colours[i % colours.length]}
              // Past the palette, a colour comes back dashed, so no two lines look alike.
              strokeDasharray={i >= colours.length ? '6 3' : undefined}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
