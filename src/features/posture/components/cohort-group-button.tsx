import GroupAddOutlined from '@mui/icons-material/GroupAddOutlined';
import Button from '@mui/material/Button';
import { lazy, Suspense, useMemo, useState } from 'react';
import { formatDay } from '../../../lib/format.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';

// Fetched when an operator starts the action: most visits only read the page.
const GroupFillDialog = lazy(() =>
  import('../../../domain/groups/group-fill/group-fill-dialog.tsx').then((m) => ({
    default: m.GroupFillDialog,
  })),
);

/** A cohort into a security group, for the registration campaign or a passkey profile to target. */
export function CohortGroupButton({
  label,
  users,
}: {
  label: string;
  /** Anything carrying the user's report row (a retirement user, or a row wrapped). */
  users: readonly { row: RegistrationScanRow }[];
}) {
  const [open, setOpen] = useState(false);
  const fillUsers = useMemo(
    () =>
      users.flatMap(({ row }) =>
        row.id
          ? [
              {
                id: row.id,
                userPrincipalName: row.userPrincipalName ?? '',
                displayName: row.userDisplayName ?? '',
              },
            ]
          : [],
      ),
    [users],
  );
  if (fillUsers.length === 0) return null;
  const today = formatDay(new Date().toISOString());
  return (
    <>
      <Button
        size="small"
        startIcon={<GroupAddOutlined />}
        onClick={() => setOpen(true)}
        data-testid="cohort-to-group"
      >
        Put in a group…
      </Button>
      {open && (
        <Suspense fallback={null}>
          <GroupFillDialog
            users={fillUsers}
            label={label}
            suggestedName={`SMS retirement - ${label} - ${today}`}
            suggestedDescription={`The SMS and voice retirement cohort "${label}" on ${today}: ${fillUsers.length} user(s).`}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
