import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatCount } from '../../../lib/format.ts';
import type { MethodRef } from '../lib/finding-types.ts';
import { methodKey, methodLink } from '../lib/selection.ts';
import { BreakableAddress } from '../../../components/breakable-address.tsx';
import { SCROLL_SHADOWS } from '../../../components/scroll-shadows.ts';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface Props<T extends MethodRef> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  label: string;
  testId: string;
  /** What to say when no row was found: how many users that covers (findings-coverage.ts). */
  empty: string;
  /** Selection for the clean-up; omitted for findings that are only reported. */
  selected?: ReadonlySet<string>;
  onSelect?: (rows: readonly T[], on: boolean) => void;
}

const SHOWN = 50;

/** Each row names the user and the method, and opens the user's page with that method highlighted. */
export function FindingTable<T extends MethodRef>({
  rows,
  columns,
  label,
  testId,
  empty,
  selected,
  onSelect,
}: Props<T>) {
  const shown = rows.slice(0, SHOWN);
  const selectedCount = selected ? rows.filter((r) => selected.has(methodKey(r))).length : 0;
  if (rows.length === 0)
    return (
      <Typography variant="body2" data-testid={testId} role="status">
        {empty}
      </Typography>
    );
  return (
    <>
      <TableContainer
        sx={{ maxWidth: '100%', ...SCROLL_SHADOWS }}
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        <Table size="small" aria-label={label} data-testid={testId} sx={{ minWidth: 640 }}>
          <TableHead>
            <TableRow>
              {onSelect && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={rows.length > 0 && selectedCount === rows.length}
                    indeterminate={selectedCount > 0 && selectedCount < rows.length}
                    onChange={(event) => onSelect(rows, event.target.checked)}
                    slotProps={{
                      input: { 'aria-label': `Select all ${formatCount(rows.length)}: ${label}` },
                    }}
                  />
                </TableCell>
              )}
              <TableCell>User</TableCell>
              <TableCell>Method</TableCell>
              {columns.map((c) => (
                <TableCell key={c.header}>{c.header}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((row) => (
              <TableRow
                key={methodKey(row)}
                data-testid="finding-row"
                data-user={row.userId}
                data-upn={row.userPrincipalName}
                data-method={row.methodId}
                data-kind={row.kind}
              >
                {onSelect && (
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={selected?.has(methodKey(row)) ?? false}
                      onChange={(event) => onSelect([row], event.target.checked)}
                      slotProps={{
                        input: { 'aria-label': `Select ${row.label} of ${row.userPrincipalName}` },
                      }}
                    />
                  </TableCell>
                )}
                <TableCell sx={{ maxWidth: 260, overflowWrap: 'break-word' }}>
                  {row.userDisplayName}
                  <Typography variant="caption" color="text.secondary" component="div">
                    <BreakableAddress value={row.userPrincipalName} />
                  </Typography>
                </TableCell>
                <TableCell sx={{ maxWidth: 240, overflowWrap: 'anywhere' }}>
                  <Link component={RouterLink} to={methodLink(row)} data-testid="finding-link">
                    {row.label}
                  </Link>
                </TableCell>
                {columns.map((c) => (
                  <TableCell key={c.header}>{c.cell(row)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > SHOWN && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          Showing the first {SHOWN} of {formatCount(rows.length)}; “select all” takes every one.
        </Typography>
      )}
    </>
  );
}
