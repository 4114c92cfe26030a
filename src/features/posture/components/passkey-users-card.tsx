import Stack from '@mui/material/Stack';
import { useMemo, type ReactNode } from 'react';
import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { formatCount, formatUserType } from '../../../lib/format.ts';
import { methodList } from '../lib/method-list.ts';
import { useScrollToHash } from '../lib/use-scroll-to-hash.ts';
import { CohortGroupButton } from './cohort-group-button.tsx';
import { ExportCohortButton } from './export-cohort-button.tsx';
import { UserTable, type UserColumn } from './user-table.tsx';

const COLUMNS: UserColumn<RegistrationScanRow>[] = [
  { header: 'User type', cell: (r) => formatUserType(r.userType) },
  { header: 'Admin', cell: (r) => (r.isAdmin ? 'Admin' : '') },
  { header: 'Registered methods', cell: (r) => methodList(r.methodsRegistered) },
];

/** The users behind the chosen tile, admins first, with a CSV and a group to target a campaign or a profile. */
export function PasskeyUsersCard({
  cohort,
  label,
  rows,
  note,
}: {
  cohort: string;
  label: string;
  rows: readonly RegistrationScanRow[];
  note?: ReactNode;
}) {
  useScrollToHash('passkey-users');
  const sorted = useMemo(
    () => [...rows].sort((a, b) => Number(Boolean(b.isAdmin)) - Number(Boolean(a.isAdmin))),
    [rows],
  );
  const wrapped = useMemo(() => sorted.map((row) => ({ row })), [sorted]);
  return (
    <div id="passkey-users">
      <ChartCard
        title="Users behind the number"
        subheader={`${label}: ${formatCount(rows.length)}`}
        action={
          <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }}>
            <ExportCohortButton cohort={cohort} label={label} rows={sorted} filePrefix="passkeys" />
            <CohortGroupButton label={label} users={wrapped} />
          </Stack>
        }
        note={note}
      >
        {rows.length === 0 ? (
          <EmptyState title="Nobody here">No user in the report falls in this group.</EmptyState>
        ) : (
          <UserTable label={label} items={sorted} rowOf={(r) => r} columns={COLUMNS} testId="passkey-table" />
        )}
      </ChartCard>
    </div>
  );
}
