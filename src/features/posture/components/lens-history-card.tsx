import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ExclusionNote } from '../../../components/exclusion-note.tsx';
import { TrendChart, type TrendSeries } from '../../../components/trend-chart.tsx';
import { useAuth } from '../../../lib/auth/use-auth.ts';
import { historyExclusions, sectionCounts } from '../../../domain/history/trend.ts';
import { useHistory } from '../../../domain/history/use-history.ts';
import { HistoryLoadState } from '../../../components/history-load-state.tsx';

interface Props {
  title: string;
  /** The snapshot section this lens records, e.g. `retirement`. */
  section: string;
  series: readonly TrendSeries[];
  /** What the lines are, for the chart's accessible description. */
  what: string;
  /** How a day joins this history, when opening the page is not enough. */
  joins?: string;
}

/** A lens's figures over the days this browser recorded them (one point per snapshot, gaps where a day lacks the lens). */
export function LensHistoryCard({ title, section, series, what, joins }: Props) {
  const { account } = useAuth();
  const history = useHistory(account?.tenantId);
  const snapshots = history.data ?? [];
  const days = snapshots.filter((s) => section in s.sections).length;
  const { lines, changed } = historyExclusions(snapshots.filter((s) => section in s.sections));
  return (
    <ChartCard
      title={title}
      subheader={
        joins
          ? 'Daily snapshots kept in this browser. Export and import them on the Overview.'
          : "Daily snapshots kept in this browser: the Overview and this page add today's figures when they load. Export and import them on the Overview."
      }
      note={
        <ExclusionNote
          lines={lines}
          lead="The snapshots left out"
          extra={changed ? 'The exclusions changed over this period: compare days with care.' : undefined}
        />
      }
    >
      <HistoryLoadState history={history}>
        {days < 2 ? (
          <EmptyState title={days ? 'One day of history so far' : 'No history yet'}>
            {joins ??
              "Each day this page or the Overview is opened, today's figures join the history in this browser."}{' '}
            A trend needs two days. Import a team member&apos;s export on the Overview to merge theirs.
          </EmptyState>
        ) : (
          <TrendChart
            testId={`trend-${section}`}
            percent={false}
            points={sectionCounts(
              snapshots,
              section,
              series.map((s) => s.key),
            )}
            series={series}
            description={`Line chart of ${what} over ${snapshots.length} days, from ${snapshots[0]?.day} to ${snapshots.at(-1)?.day}.`}
          />
        )}
      </HistoryLoadState>
    </ChartCard>
  );
}
