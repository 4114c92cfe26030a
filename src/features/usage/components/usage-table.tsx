import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatCount, formatShare } from '../../../lib/format.ts';
import { featureLabel, usageMethodLabel } from '../lib/usage-methods.ts';
import type { UsageRow } from '../lib/usage-rows.ts';

export function UsageTable({ rows }: { rows: UsageRow[] }) {
  return (
    <Table size="small" aria-label="Outcomes per method and feature">
      <TableHead>
        <TableRow>
          <TableCell>Method</TableCell>
          <TableCell>Feature</TableCell>
          <TableCell align="right">Succeeded</TableCell>
          <TableCell align="right">Failed</TableCell>
          <TableCell align="right">Failure rate</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} data-usage={row.key}>
            <TableCell>{usageMethodLabel(row.method)}</TableCell>
            <TableCell>{featureLabel(row.feature)}</TableCell>
            <TableCell align="right">{formatCount(row.successes)}</TableCell>
            <TableCell align="right">{formatCount(row.failures)}</TableCell>
            <TableCell align="right">{formatShare(row.failureRate)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
