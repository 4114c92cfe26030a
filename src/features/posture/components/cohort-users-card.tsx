import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { formatCount, formatUserType } from '../../../lib/format.ts';
import { DEADLINE_LABEL } from '../../../domain/posture/sms-voice/retirement-dates.ts';
import {
  OUTCOME_LABEL,
  OUTCOME_RULE,
  type RetirementOutcome,
} from '../../../domain/posture/sms-voice/retirement-outcome.ts';
import type {
  RetirementSummary,
  RetirementUser,
} from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { methodList } from '../lib/method-list.ts';
import { useScrollToHash } from '../lib/use-scroll-to-hash.ts';
import { CohortGroupButton } from './cohort-group-button.tsx';
import { ExportRetirementButton } from './export-retirement-button.tsx';
import { OutcomeMessage } from './outcome-message.tsx';
import { RemovePhonesButton } from './remove-phones-button.tsx';
import { UserTable, type UserColumn } from './user-table.tsx';

const DATED: UserColumn<RetirementUser> = {
  header: 'Date',
  cell: (u) => (
    <span title={u.deadline.note}>
      {DEADLINE_LABEL[u.deadline.deadline]}
      {u.deadline.note ? ' *' : ''}
    </span>
  ),
};
const COLUMNS: UserColumn<RetirementUser>[] = [
  { header: 'User type', cell: (u) => formatUserType(u.row.userType) },
  { header: 'Registered methods', cell: (u) => methodList(u.row.methodsRegistered) },
];

/** The users of the chosen outcome (named in the URL), their date, and the same CSV as the tile. */
export function CohortUsersCard({
  cohort,
  summary,
  note,
}: {
  cohort: RetirementOutcome;
  summary: RetirementSummary;
  /** Who the list leaves out and why. */
  note?: ReactNode;
}) {
  const users = summary.users.filter((u) => u.outcome.outcome === cohort);
  useScrollToHash('cohort-users');
  const label = OUTCOME_LABEL[cohort];
  const dated = cohort !== 'notInScope' && cohort !== 'scopeUnknown';
  const uncertain = users.filter((u) => u.deadline.note).length;
  return (
    <div id="cohort-users">
      <ChartCard
        title="Users in the cohort"
        subheader={`${label}: ${formatCount(users.length)}`}
        action={
          <>
            {cohort === 'losesPhoneKeepsMfa' && <RemovePhonesButton users={users} />}
            <CohortGroupButton label={label} users={users} />
            <ExportRetirementButton cohort={cohort} label={label} users={users} />
          </>
        }
        note={note}
      >
        {users.length === 0 ? (
          <EmptyState title="Nobody is in this cohort">{OUTCOME_RULE[cohort]}</EmptyState>
        ) : (
          <UserTable
            key={cohort}
            label={label}
            items={users}
            rowOf={(u) => u.row}
            columns={dated ? [DATED, ...COLUMNS] : COLUMNS}
            testId="cohort-table"
          />
        )}
        {users.length > 0 && (
          <OutcomeMessage outcome={cohort} dates={new Set(users.map((u) => u.deadline.deadline))} />
        )}
        {dated && uncertain > 0 && (
          <DateNote>
            * {formatCount(uncertain)} date(s) rest on a case Microsoft’s FAQ leaves open (an eligible but
            inactive Global Administrator, roles that could not be read, or a member who signs in with another
            organisation’s account): planned on the earlier date. The CSV’s note column says which.
          </DateNote>
        )}
      </ChartCard>
    </div>
  );
}

function DateNote({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }} data-testid="uncertain-dates">
      {children}
    </Typography>
  );
}
