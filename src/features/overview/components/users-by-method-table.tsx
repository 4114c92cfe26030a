import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router';
import { formatCount, formatShare } from '../../../lib/format.ts';
import type { MethodBar } from '../lib/method-series.ts';

export function UsersByMethodTable({ rows, total }: { rows: MethodBar[]; total: number }) {
  return (
    <Table size="small" aria-label="Users per authentication method">
      <TableHead>
        <TableRow>
          <TableCell>Method</TableCell>
          <TableCell align="right">Users</TableCell>
          <TableCell align="right">Share</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.method} data-method={row.method}>
            <TableCell>
              <Link component={RouterLink} to={`/registration?method=${encodeURIComponent(row.method)}`}>
                {row.label}
              </Link>
            </TableCell>
            <TableCell align="right">{formatCount(row.users)}</TableCell>
            <TableCell align="right">{formatShare(total > 0 ? row.users / total : null)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
