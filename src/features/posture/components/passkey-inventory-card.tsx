import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ChartCard } from '../../../components/chart-card.tsx';
import { SCROLL_SHADOWS } from '../../../components/scroll-shadows.ts';
import { PASSKEY_CLASS_LABEL } from '../../../domain/passkeys/passkey-class.ts';
import type { PasskeyInventory, RefusedKey } from '../../../domain/passkeys/passkey-inventory.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { csvLine } from '../../../lib/csv.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { formatCount } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { INVENTORY_BATCH, usePasskeyInventory, type InventoryRun } from '../api/use-passkey-inventory.ts';
import { UserTable } from './user-table.tsx';

const METHODS_HINT =
  'Reading users’ passkeys needs UserAuthenticationMethod.Read.All and the Global Reader, Authentication Administrator or Privileged Authentication Administrator role.';

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

function Progress({
  run,
  onCancel,
}: {
  run: Extract<InventoryRun, { status: 'running' }>;
  onCancel: () => void;
}) {
  const now = useNow(true);
  const { done, total, startedAt } = run;
  const eta = done > 0 ? Math.ceil((((now - startedAt) / done) * (total - done)) / 1000) : undefined;
  const label = `${formatCount(done)} of ${formatCount(total)} users read`;
  return (
    <Stack spacing={1} data-testid="inventory-progress" data-done={done} data-total={total}>
      <Typography variant="body2" role="status">
        {done === 0 ? 'Reading the passkey policy and its groups…' : label}
        {eta !== undefined && done < total && ` · about ${eta} s left`}
      </Typography>
      <LinearProgress
        variant={done === 0 ? 'indeterminate' : 'determinate'}
        value={total ? (done / total) * 100 : 100}
        aria-label={label}
      />
      <Box>
        <Button size="small" onClick={onCancel} data-testid="inventory-cancel">
          Cancel
        </Button>
      </Box>
    </Stack>
  );
}

function AuthenticatorTable({ inventory }: { inventory: PasskeyInventory }) {
  return (
    <Box sx={{ ...SCROLL_SHADOWS }}>
      <Table
        size="small"
        aria-label="Passkeys by authenticator"
        data-testid="inventory-authenticators"
        // Tighter cells on a phone: the three counts stay in view beside the name.
        sx={{ '& td, & th': { px: { xs: 1, sm: 2 } } }}
      >
        <TableHead>
          <TableRow>
            <TableCell>Authenticator</TableCell>
            <TableCell align="right">Users</TableCell>
            <TableCell align="right">Admins</TableCell>
            <TableCell align="right">Passkeys</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {inventory.authenticators.map((a) => (
            <TableRow key={`${a.kind}:${a.name}`} data-kind={a.kind}>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <Box component="span" sx={{ display: 'block', unicodeBidi: 'isolate' }}>
                  {a.name}
                </Box>
                {/* The kind under the name: a phone keeps the counts in view. */}
                <Typography variant="caption" color="text.secondary">
                  {PASSKEY_CLASS_LABEL[a.kind]}
                </Typography>
              </TableCell>
              <TableCell align="right">{formatCount(a.users)}</TableCell>
              <TableCell align="right">{formatCount(a.admins)}</TableCell>
              <TableCell align="right">{formatCount(a.keys)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function Refused({ run }: { run: Extract<InventoryRun, { status: 'done' | 'cancelled' }> }) {
  const { inventory, policyError, groupsUnread } = run;
  if (!inventory.refused)
    return (
      <Alert severity="info">
        The passkey policy could not be read with your role
        {policyError instanceof Error && 'code' in policyError ? ` (${String(policyError.code)})` : ''}, so no
        key is judged against its profiles. Global Reader or Authentication Policy Administrator can read it.
      </Alert>
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
export function PasskeyInventoryCard({ rows }: { rows: readonly RegistrationScanRow[] }) {
  const { run, start, cancel } = usePasskeyInventory();
  const batches = Math.ceil(rows.length / INVENTORY_BATCH);
  const startButton = (label: string) => (
    <Button
      variant="outlined"
      size="small"
      onClick={() => void start(rows)}
      disabled={rows.length === 0}
      data-testid="inventory-start"
    >
      {label}
    </Button>
  );
  return (
    <div data-testid="passkey-inventory" data-status={run.status}>
      <ChartCard title="Passkeys by authenticator">
        <Stack spacing={2}>
          {run.status === 'idle' && (
            <>
              <Typography variant="body2" color="text.secondary">
                Vendors and models, and the passkeys the policy’s profiles refuse today, need each passkey
                user’s passkeys: {formatCount(rows.length)} users, {formatCount(batches)} batched{' '}
                {batches === 1 ? 'request' : 'requests'}.
              </Typography>
              <Box>{startButton('Read their passkeys')}</Box>
            </>
          )}
          {run.status === 'running' && <Progress run={run} onCancel={cancel} />}
          {run.status === 'failed' && <GraphErrorAlert error={run.error} accessHint={METHODS_HINT} />}
          {(run.status === 'done' || run.status === 'cancelled') && (
            <>
              <Typography variant="body2" role="status" data-testid="inventory-summary">
                {formatCount(run.inventory.keys)} passkeys of {formatCount(run.done - run.failed.length)}{' '}
                users
                {run.status === 'cancelled' &&
                  `: cancelled after ${formatCount(run.done)} of ${formatCount(run.total)} users, so these counts are partial`}
                .
              </Typography>
              {run.failed.length > 0 && (
                <Alert severity="warning">
                  {formatCount(run.failed.length)} users’ passkeys could not be read and are not counted
                  (first: {run.failed[0]?.userPrincipalName}, {run.failed[0]?.error.code}).
                </Alert>
              )}
              <AuthenticatorTable inventory={run.inventory} />
              <Refused run={run} />
              <Box>{startButton('Read again')}</Box>
            </>
          )}
        </Stack>
      </ChartCard>
    </div>
  );
}
