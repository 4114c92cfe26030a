import type { ReactNode } from 'react';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { formatCount } from '../../../lib/format.ts';
import { STRENGTH_LABELS } from '../../../domain/auth-methods/method-strength.ts';
import { ADMIN_TIER_LABELS } from '../../../domain/posture/admin-tiers.ts';
import {
  selectAdmins,
  type CoverageSelection,
  type PrivilegedAdmin,
} from '../../../domain/posture/privileged-coverage.ts';
import { roleName } from '../../../domain/session/role-names.ts';
import { methodList } from '../lib/method-list.ts';
import { useScrollToHash } from '../lib/use-scroll-to-hash.ts';
import { ExportCohortButton } from './export-cohort-button.tsx';
import { UserTable, type UserColumn } from './user-table.tsx';

function describe(selection: CoverageSelection): string {
  const who = selection.tier === 'all' ? 'All admins' : ADMIN_TIER_LABELS[selection.tier];
  if (selection.strength === 'all') return who;
  if (selection.strength === 'lacking') return `${who} without a phishing-resistant method`;
  return `${who}: ${STRENGTH_LABELS[selection.strength]}`;
}

function Roles({ admin, unreadable }: { admin: PrivilegedAdmin; unreadable: boolean }) {
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {admin.activeRoles.map((id, i) => (
        <Chip key={`a-${id ?? i}`} size="small" label={roleName(id)} />
      ))}
      {admin.eligibleRoles.map((id) => (
        <Chip key={`e-${id}`} size="small" variant="outlined" label={`${roleName(id)} (eligible)`} />
      ))}
      {admin.activeRoles.length === 0 && !admin.eligibleOnly && (
        <Chip size="small" variant="outlined" label={unreadable ? 'Roles not readable' : 'Admin role'} />
      )}
    </Stack>
  );
}

interface Props {
  admins: readonly PrivilegedAdmin[];
  selection: CoverageSelection;
  unreadable: ReadonlySet<string>;
  /** Who the list leaves out and why. */
  note?: ReactNode;
}

/** The admins behind the clicked number, named in the URL so the list can be shared. */
export function AdminsCard({ admins, selection, unreadable, note }: Props) {
  const shown = selectAdmins(admins, selection);
  useScrollToHash('admins');
  const columns: UserColumn<PrivilegedAdmin>[] = [
    { header: 'Role tier', cell: (a) => ADMIN_TIER_LABELS[a.tier] },
    { header: 'Roles', cell: (a) => <Roles admin={a} unreadable={unreadable.has(a.id)} /> },
    {
      header: 'Strongest method',
      cell: (a) => (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
          {STRENGTH_LABELS[a.strength]}
          {a.eligibleOnly && <Chip size="small" color="info" variant="outlined" label="Eligible only" />}
        </Stack>
      ),
    },
    { header: 'Registered methods', cell: (a) => methodList(a.row.methodsRegistered) },
  ];
  return (
    <div id="admins">
      <ChartCard
        title="Admins"
        subheader={`${describe(selection)}: ${formatCount(shown.length)}`}
        note={note}
        action={
          <ExportCohortButton
            cohort={`${selection.tier}-${selection.strength}`}
            label={describe(selection)}
            rows={shown.map((a) => a.row)}
            filePrefix="admins"
          />
        }
      >
        {shown.length === 0 ? (
          <EmptyState title="No admins in this group">
            Nobody matches this tier and method class. Pick another number above.
          </EmptyState>
        ) : (
          <UserTable
            key={`${selection.tier}-${selection.strength}`}
            label={describe(selection)}
            items={shown}
            rowOf={(a) => a.row}
            columns={columns}
            testId="admin-table"
          />
        )}
      </ChartCard>
    </div>
  );
}
