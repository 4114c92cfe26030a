import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNavigate, useSearchParams } from 'react-router';
import { useChartPalette } from '../../../components/use-chart-palette.ts';
import { STRENGTH_LABELS } from '../../../domain/auth-methods/method-strength.ts';
import { STRENGTH_CLASSES, type StrengthClass } from '../../../../entra-facts/strength-classes.ts';
import { ADMIN_TIER_LABELS, ADMIN_TIERS } from '../../../domain/posture/admin-tiers.ts';
import type { PrivilegedCoverage } from '../../../domain/posture/privileged-coverage.ts';
import { coverageSelectionHref } from '../lib/lens-params.ts';

/** Admins per tier, stacked by strongest method; a segment opens its admins like the table's numbers. */
export function CoverageChart({ coverage }: { coverage: PrivilegedCoverage }) {
  const { palette, tick, narrow } = useChartPalette();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const colour: Record<StrengthClass, string> = {
    phishingResistant: palette.success.main,
    strong: palette.info.main,
    weakOnly: palette.warning.main,
    none: palette.error.main,
  };
  const data = ADMIN_TIERS.map((tier) => ({ tier, label: ADMIN_TIER_LABELS[tier], ...coverage.cells[tier] }));
  return (
    <div
      role="img"
      aria-label="Stacked bar chart of admins per role tier by their strongest registered method. The table below lists the same numbers, with links to the admins."
    >
      <ResponsiveContainer width="100%" height={narrow ? 220 : 200}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke={palette.divider} />
          <XAxis type="number" allowDecimals={false} tick={tick} stroke={palette.divider} />
          <YAxis
            type="category"
            dataKey="label"
            tick={tick}
            width={narrow ? 96 : 170}
            stroke={palette.divider}
          />
          <Tooltip
            cursor={{ fill: palette.action.hover }}
            contentStyle={{
              background: palette.background.paper,
              border: `1px solid ${palette.divider}`,
              color: palette.text.primary,
            }}
            // Series colours as text fail contrast on the paper (orange, red): the swatch is in the legend.
            itemStyle={{ color: palette.text.primary }}
          />
          <Legend itemSorter={null} wrapperStyle={{ color: palette.text.primary, fontSize: 13 }} />
          {STRENGTH_CLASSES.map((cls) => (
            <Bar
              key={cls}
              dataKey={cls}
              name={STRENGTH_LABELS[cls]}
              stackId="admins"
              fill={colour[cls]}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(_, index) => {
                const tier = ADMIN_TIERS[index];
                if (tier) void navigate(coverageSelectionHref({ tier, strength: cls }, params));
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
