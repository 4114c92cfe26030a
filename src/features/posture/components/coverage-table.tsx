import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { formatCount } from '../../../lib/format.ts';
import { STRENGTH_DESCRIPTIONS, STRENGTH_LABELS } from '../../../domain/auth-methods/method-strength.ts';
import { STRENGTH_CLASSES } from '../../../../entra-facts/strength-classes.ts';
import { ADMIN_TIER_LABELS, ADMIN_TIERS } from '../../../domain/posture/admin-tiers.ts';
import type { CoverageSelection, PrivilegedCoverage } from '../../../domain/posture/privileged-coverage.ts';
import { coverageSelectionHref } from '../lib/lens-params.ts';

function CellLink({ selection, count, what }: { selection: CoverageSelection; count: number; what: string }) {
  const [params] = useSearchParams();
  return (
    <Link
      component={RouterLink}
      to={coverageSelectionHref(selection, params)}
      data-testid={`coverage-${selection.tier}-${selection.strength}`}
      aria-label={`${formatCount(count)} ${what} (show them)`}
    >
      {formatCount(count)}
    </Link>
  );
}

/** Admins per role tier and strongest method; every number lists the admins behind it. */
export function CoverageTable({ coverage }: { coverage: PrivilegedCoverage }) {
  const rows = [
    ...ADMIN_TIERS.map((tier) => ({
      tier,
      label: ADMIN_TIER_LABELS[tier],
      cells: coverage.cells[tier],
      total: coverage.tierTotals[tier],
    })),
    { tier: 'all' as const, label: 'All admins', cells: coverage.classTotals, total: coverage.total },
  ];
  return (
    <Table size="small" aria-label="Admins by role tier and strongest method">
      <TableHead>
        <TableRow>
          <TableCell>Role tier</TableCell>
          {STRENGTH_CLASSES.map((cls) => (
            <TableCell key={cls} align="right" title={STRENGTH_DESCRIPTIONS[cls]}>
              {STRENGTH_LABELS[cls]}
            </TableCell>
          ))}
          <TableCell align="right">Lack phishing-resistant</TableCell>
          <TableCell align="right">All</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.tier} data-tier={row.tier}>
            <TableCell component="th" scope="row">
              <Typography
                variant="body2"
                component="span"
                sx={{ fontWeight: row.tier === 'all' ? 600 : 500 }}
              >
                {row.label}
              </Typography>
            </TableCell>
            {STRENGTH_CLASSES.map((cls) => (
              <TableCell key={cls} align="right">
                <CellLink
                  selection={{ tier: row.tier, strength: cls }}
                  count={row.cells[cls]}
                  what={`${row.label}: ${STRENGTH_LABELS[cls]}`}
                />
              </TableCell>
            ))}
            <TableCell align="right">
              <CellLink
                selection={{ tier: row.tier, strength: 'lacking' }}
                count={row.total - row.cells.phishingResistant}
                what={`${row.label} without a phishing-resistant method`}
              />
            </TableCell>
            <TableCell align="right">
              <CellLink selection={{ tier: row.tier, strength: 'all' }} count={row.total} what={row.label} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
