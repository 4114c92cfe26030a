import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { formatCount, formatShare } from '../../../lib/format.ts';
import { STRENGTH_DESCRIPTIONS, STRENGTH_LABELS } from '../../../domain/auth-methods/method-strength.ts';
import { STRENGTH_CLASSES, type StrengthClass } from '../../../../entra-facts/strength-classes.ts';
import type { StrengthSummary } from '../lib/strength-summary.ts';

function CountLink({
  strength,
  admins,
  count,
  of,
}: {
  strength: StrengthClass;
  admins: boolean;
  count: number;
  of: number;
}) {
  const group = admins ? 'admins' : 'overall';
  return (
    <>
      <Link
        component={RouterLink}
        to={`/registration?${admins ? 'admin=true&' : ''}strength=${strength}`}
        data-testid={`strength-${group}-${strength}`}
        aria-label={`${formatCount(count)} ${admins ? 'admins' : 'users'}: ${STRENGTH_LABELS[strength]} (show them)`}
      >
        {formatCount(count)}
      </Link>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
        {formatShare(of > 0 ? count / of : null)}
      </Typography>
    </>
  );
}

/** Every group's number, each a link to the users behind it (the chart's table alternative). */
export function StrengthTable({ summary }: { summary: StrengthSummary }) {
  return (
    <Table size="small" aria-label="Users by strongest registered method">
      <TableHead>
        <TableRow>
          <TableCell>Strongest method</TableCell>
          <TableCell align="right">All users ({formatCount(summary.totalUsers)})</TableCell>
          <TableCell align="right">Admins ({formatCount(summary.totalAdmins)})</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {STRENGTH_CLASSES.map((strength) => (
          <TableRow key={strength}>
            <TableCell>
              <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
                {STRENGTH_LABELS[strength]}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="p">
                {STRENGTH_DESCRIPTIONS[strength]}
              </Typography>
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <CountLink
                strength={strength}
                admins={false}
                count={summary.overall[strength]}
                of={summary.totalUsers}
              />
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <CountLink
                strength={strength}
                admins
                count={summary.admins[strength]}
                of={summary.totalAdmins}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
