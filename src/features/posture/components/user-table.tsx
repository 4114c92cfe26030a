import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { BreakableAddress } from '../../../components/breakable-address.tsx';
import { SCROLL_SHADOWS } from '../../../components/scroll-shadows.ts';

export interface UserColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

interface Props<T> {
  label: string;
  items: readonly T[];
  rowOf: (item: T) => RegistrationScanRow;
  columns: readonly UserColumn<T>[];
  testId: string;
}

const PAGE_SIZE = 25;

/** The users behind a number: each name opens the user's page. Paged, so a 10,000-user cohort stays quick. */
export function UserTable<T>({ label, items, rowOf, columns, testId }: Props<T>) {
  const [page, setPage] = useState(0);
  const last = Math.max(0, Math.ceil(items.length / PAGE_SIZE) - 1);
  const current = Math.min(page, last);
  const shown = items.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  return (
    <>
      <Box sx={{ ...SCROLL_SHADOWS }}>
        <Table size="small" aria-label={label} data-testid={testId}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ minWidth: 140 }}>Name</TableCell>
              <TableCell sx={{ minWidth: 180 }}>User principal name</TableCell>
              {columns.map((c) => (
                <TableCell key={c.header}>{c.header}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((item) => {
              const row = rowOf(item);
              return (
                <TableRow key={row.id} data-user-id={row.id}>
                  <TableCell>
                    <Link component={RouterLink} to={`/users/${encodeURIComponent(row.id ?? '')}`}>
                      {row.userDisplayName || row.userPrincipalName || row.id}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'break-word' }}>
                    <BreakableAddress value={row.userPrincipalName} />
                  </TableCell>
                  {columns.map((c) => (
                    <TableCell key={c.header}>{c.cell(item)}</TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      {items.length > PAGE_SIZE && (
        <TablePagination
          component="div"
          count={items.length}
          page={current}
          rowsPerPage={PAGE_SIZE}
          rowsPerPageOptions={[PAGE_SIZE]}
          onPageChange={(_, next) => setPage(next)}
        />
      )}
    </>
  );
}
