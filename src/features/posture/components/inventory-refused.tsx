import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RefusedKey } from '../../../domain/passkeys/passkey-inventory.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { csvLine } from '../../../lib/csv.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { formatCount } from '../../../lib/format.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import type { InventoryRun } from '../api/use-passkey-inventory.ts';
import { UserTable } from './user-table.tsx';

interface RefusedUser {
  row: RegistrationScanRow;
  keys: RefusedKey[];
}

function refusedUsers(refused: readonly RefusedKey[]): RefusedUser[] {
  const byUser = new Map<string, RefusedUser>();
  for (const key of refused) {
    const entry = byUser.get(key.userId) ?? {
      row: {
        id: key.userId,
        userPrincipalName: key.userPrincipalName,
        userDisplayName: key.displayName,
        isAdmin: key.isAdmin,
      },
      keys: [],
    };
    entry.keys.push(key);
    byUser.set(key.userId, entry);
  }
  return [...byUser.values()];
}

function exportRefused(refused: readonly RefusedKey[]) {
  const lines = [
    csvLine(['userPrincipalName', 'userId', 'admin', 'passkey', 'authenticator', 'why']),
    ...refused.map((k) =>
      csvLine([
        k.userPrincipalName,
        k.userId,
        k.isAdmin ? 'yes' : 'no',
        k.keyName,
        k.authenticator,
        k.reasons.join('; '),
      ]),
    ),
  ];
  downloadFile(new Blob(lines, { type: 'text/csv;charset=utf-8' }), 'passkeys-refused-by-policy.csv');
}

/** The registered passkeys the policy's profiles refuse today, by user, admins first, with a CSV. */
export function InventoryRefused({ run }: { run: Extract<InventoryRun, { status: 'done' | 'cancelled' }> }) {
  const { inventory, policyError, groupsUnread } = run;
  if (!inventory.refused)
    return policyError instanceof GraphError && policyError.status === 403 ? (
      <Alert severity="info">
        The passkey policy could not be read with your role, so no key is judged against its profiles. Global
        Reader or Authentication Policy Administrator can read it.
      </Alert>
    ) : (
      <Stack spacing={1}>
        <Typography variant="body2">
          The passkey policy could not be read, so no key is judged against it.
        </Typography>
        <GraphErrorAlert error={policyError} />
      </Stack>
    );
  const users = refusedUsers(inventory.refused);
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2" component="h3">
        Refused today by the passkey policy: {formatCount(inventory.refused.length)} passkeys of{' '}
        {formatCount(users.length)} users
      </Typography>
      <Typography variant="body2" color="text.secondary">
        No profile that reaches these users accepts the key (its type or its authenticator), so Entra refuses
        it at sign-in. Admins first.
      </Typography>
      {groupsUnread && (
        <Alert severity="warning">
          The policy’s groups could not all be read: {formatCount(inventory.notJudged)} passkeys whose verdict
          depends on them are not judged.
        </Alert>
      )}
      {users.length > 0 && (
        <>
          <UserTable
            label="Passkeys the policy refuses"
            items={users}
            rowOf={(u) => u.row}
            testId="inventory-refused"
            columns={[
              { header: 'Admin', cell: (u) => (u.row.isAdmin ? 'yes' : 'no') },
              {
                header: 'Passkeys',
                cell: (u) => u.keys.map((k) => `${k.keyName} (${k.authenticator})`).join(', '),
              },
              { header: 'Why', cell: (u) => [...new Set(u.keys.flatMap((k) => k.reasons))].join('; ') },
            ]}
          />
          <Box>
            <Button
              size="small"
              onClick={() => exportRefused(inventory.refused ?? [])}
              data-testid="inventory-export"
            >
              Export refused passkeys (CSV)
            </Button>
          </Box>
        </>
      )}
    </Stack>
  );
}

/**
 * Vendors and models across the tenant, and the registered passkeys the policy's profiles refuse today: read
 * on request, since it costs one read per passkey user (twenty to a batch).
 */
