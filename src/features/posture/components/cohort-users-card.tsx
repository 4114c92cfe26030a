import type { ReactNode } from 'react';
import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { formatCount } from '../../../lib/format.ts';
import {
  RETIREMENT_COHORT_LABELS,
  RETIREMENT_COHORT_RULES,
  type RetirementCohort,
  type RetirementSummary,
  type RetirementUser,
} from '../../../lib/posture/retirement-cohorts.ts';
import { methodList } from '../lib/method-list.ts';
import { useScrollToHash } from '../lib/use-scroll-to-hash.ts';
import { ExportCohortButton } from './export-cohort-button.tsx';
import { RemovePhonesButton } from './remove-phones-button.tsx';
import { UserTable, type UserColumn } from './user-table.tsx';

const COLUMNS: UserColumn<RetirementUser>[] = [
  { header: 'User type', cell: (u) => u.row.userType ?? '–' },
  { header: 'Registered methods', cell: (u) => methodList(u.row.methodsRegistered) },
];

/** The users of the chosen cohort (named in the URL), with the same CSV as the tile. */
export function CohortUsersCard({
  cohort,
  summary,
  note,
}: {
  cohort: RetirementCohort;
  summary: RetirementSummary;
  /** Who the list leaves out and why. */
  note?: ReactNode;
}) {
  const users = summary.users.filter((u) => u.cohort === cohort);
  useScrollToHash('cohort-users');
  const label = RETIREMENT_COHORT_LABELS[cohort];
  return (
    <div id="cohort-users">
      <ChartCard
        title="Users in the cohort"
        subheader={`${label}: ${formatCount(users.length)}`}
        action={
          <>
            {cohort === 'phoneWithStrong' && <RemovePhonesButton users={users} />}
            <ExportCohortButton cohort={cohort} label={label} rows={users.map((u) => u.row)} />
          </>
        }
        note={note}
      >
        {users.length === 0 ? (
          <EmptyState title="Nobody is in this cohort">{RETIREMENT_COHORT_RULES[cohort]}</EmptyState>
        ) : (
          <UserTable
            key={cohort}
            label={label}
            items={users}
            rowOf={(u) => u.row}
            columns={COLUMNS}
            testId="cohort-table"
          />
        )}
      </ChartCard>
    </div>
  );
}
