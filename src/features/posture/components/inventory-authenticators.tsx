import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { SCROLL_SHADOWS } from '../../../components/scroll-shadows.ts';
import { PASSKEY_CLASS_LABEL } from '../../../domain/passkeys/passkey-class.ts';
import type { AuthenticatorCount, PasskeyInventory } from '../../../domain/passkeys/passkey-inventory.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { formatCount } from '../../../lib/format.ts';
import { ExportCohortButton } from './export-cohort-button.tsx';
import { UserTable } from './user-table.tsx';

export const keyOf = (a: AuthenticatorCount) => `${a.kind}:${a.name}`;

/** Passkeys by authenticator: users (each number opens them), admins and keys. */
export function AuthenticatorTable({
  inventory,
  selected,
  onSelect,
}: {
  inventory: PasskeyInventory;
  selected: string | undefined;
  onSelect: (key: string) => void;
}) {
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
            <TableRow key={keyOf(a)} data-kind={a.kind} selected={selected === keyOf(a)}>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <Box component="span" sx={{ display: 'block', unicodeBidi: 'isolate' }}>
                  {a.name}
                </Box>
                {/* The kind under the name: a phone keeps the counts in view. */}
                <Typography variant="caption" color="text.secondary">
                  {PASSKEY_CLASS_LABEL[a.kind]}
                </Typography>
              </TableCell>
              <TableCell align="right">
                <Link
                  component="button"
                  onClick={() => onSelect(keyOf(a))}
                  aria-label={`${formatCount(a.users)} users with ${a.name}: show them`}
                  aria-current={selected === keyOf(a) ? 'true' : undefined}
                  data-testid="inventory-users"
                >
                  {formatCount(a.users)}
                </Link>
              </TableCell>
              <TableCell align="right">{formatCount(a.admins)}</TableCell>
              <TableCell align="right">{formatCount(a.keys)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** The users behind one authenticator's number, admins first, with their UPNs as CSV. */
export function AuthenticatorUsers({
  authenticator,
  rowsById,
}: {
  authenticator: AuthenticatorCount;
  rowsById: ReadonlyMap<string, RegistrationScanRow>;
}) {
  const rows = authenticator.userIds
    .flatMap((id) => {
      const row = rowsById.get(id);
      return row ? [row] : [];
    })
    .sort((a, b) => Number(b.isAdmin === true) - Number(a.isAdmin === true));
  return (
    <Stack spacing={1} data-testid="inventory-authenticator-users">
      <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography
          variant="subtitle2"
          component="h3"
          sx={{ unicodeBidi: 'isolate', overflowWrap: 'anywhere' }}
        >
          Users with {authenticator.name} ({formatCount(rows.length)})
        </Typography>
        <ExportCohortButton
          cohort="authenticator"
          label={`users with ${authenticator.name}`}
          rows={rows}
          filePrefix="passkeys"
        />
      </Stack>
      <UserTable
        label={`Users with ${authenticator.name}`}
        items={rows}
        rowOf={(r) => r}
        testId="inventory-authenticator-table"
        columns={[{ header: 'Admin', cell: (r) => (r.isAdmin ? 'yes' : 'no') }]}
      />
    </Stack>
  );
}
