import Box from '@mui/material/Box';
import Alert from '@mui/material/Alert';
import { kindLabel } from '../../../domain/auth-methods/method-catalogue.ts';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';

import { formatCount, formatDay as date, formatMoment as dateTime } from '../../../lib/format.ts';
import type { MethodRef } from '../lib/finding-types.ts';
import type { Findings } from '../lib/findings.ts';
import type { FindingsCoverage } from '../lib/findings-coverage.ts';
import { methodLink } from '../lib/selection.ts';
import { SignInScanControls } from '../../../domain/sign-ins/sign-in-scan-controls.tsx';
import type { SignInScanState } from '../../../domain/sign-ins/sign-in-scan.ts';
import { logUseLabel } from '../lib/log-use.ts';
import { FindingCard } from './finding-card.tsx';
import { FindingTable } from './finding-table.tsx';
import { SCROLL_SHADOWS } from '../../../components/scroll-shadows.ts';

interface Props {
  findings: Findings;
  coverage: FindingsCoverage;
  days: number;
  selected: ReadonlySet<string>;
  onSelect: (rows: readonly MethodRef[], on: boolean) => void;
  /** The sign-in scan, once it has read anything: its evidence of real use is shown beside Graph's dates. */
  signIns?: SignInScanState;
}

const kind = { header: 'Kind', cell: (r: MethodRef) => kindLabel(r.kind) };

/** The four findings, each with its count and the rows behind it. */
export function FindingsSection({ findings, coverage, days, selected, onSelect, signIns }: Props) {
  const { stale, duplicateExtras, taps, phones } = findings;
  const logColumn = signIns?.revision
    ? [{ header: 'Sign-in log', cell: (r: MethodRef) => logUseLabel(signIns, r) }]
    : [];
  return (
    <Stack spacing={2}>
      {coverage.incomplete && (
        <Alert severity="warning" data-testid="findings-incomplete">
          {coverage.incomplete}
        </Alert>
      )}
      <FindingCard
        title="Unused methods"
        count={stale.old.length}
        countLabel={`unused for ${days}+ days · ${formatCount(stale.unknown.length)} never reported`}
        description={`Methods whose last use was ${days} or more days ago. Methods Graph gives no last-used date for are listed apart: that is not proof of disuse. The password and passes are not counted.`}
        testId="finding-stale"
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Graph’s last-used date is often empty or late. The sign-in log shows real use over its last 30 days
          at most: read it to set each method beside it (a kind used by the user counts; the log does not name
          devices).
        </Typography>
        <Box sx={{ mb: 2 }}>{signIns && <SignInScanControls scan={signIns} />}</Box>
        <FindingTable
          empty={coverage.empty}
          rows={stale.old}
          label={`Methods unused for ${days} days or more`}
          testId="stale-table"
          selected={selected}
          onSelect={onSelect}
          columns={[
            kind,
            { header: 'Last used', cell: (r) => `${date(r.lastUsedDateTime)} (${r.daysUnused} d)` },
            ...logColumn,
          ]}
        />
        <Typography
          variant="subtitle2"
          component="h3"
          sx={{ mt: 2 }}
          data-testid="stale-unknown-count"
          data-count={stale.unknown.length}
        >
          No last-used date: {formatCount(stale.unknown.length)}
        </Typography>
        {stale.unknown.length > 0 && (
          <FindingTable
            empty={coverage.empty}
            rows={stale.unknown}
            label="Methods without a last-used date"
            testId="unknown-table"
            selected={selected}
            onSelect={onSelect}
            columns={[kind, ...logColumn]}
          />
        )}
      </FindingCard>
      <FindingCard
        title="Duplicate registrations"
        count={duplicateExtras.length}
        countLabel={`extra registrations in ${formatCount(findings.duplicates.length)} group(s)`}
        description="Microsoft Authenticator or Windows Hello for Business registered more than once on the same device (same device name) by one user. The most recently used one is kept; the others are listed."
        testId="finding-duplicates"
      >
        <FindingTable
          empty={coverage.empty}
          rows={duplicateExtras}
          label="Duplicate registrations"
          testId="duplicates-table"
          selected={selected}
          onSelect={onSelect}
          columns={[
            kind,
            {
              header: 'Kept',
              cell: (r) => (
                <Link component={RouterLink} to={methodLink(r.keep)}>
                  the {r.kind === 'windowsHelloForBusiness' ? 'credential' : 'registration'} to keep
                </Link>
              ),
            },
          ]}
        />
      </FindingCard>
      <FindingCard
        title="Temporary Access Passes still valid"
        count={taps.length}
        countLabel={`${formatCount(taps.filter((t) => t.state === 'active').length)} usable now`}
        description="Passes that are usable now or will be: each is a way to sign in that is still outstanding. Graph’s own verdict counts when it gives one; otherwise the start time and lifetime."
        testId="finding-taps"
      >
        <FindingTable
          empty={coverage.empty}
          rows={taps}
          label="Temporary Access Passes still valid"
          testId="taps-table"
          selected={selected}
          onSelect={onSelect}
          columns={[
            { header: 'State', cell: (r) => (r.state === 'active' ? 'Usable now' : 'Not yet valid') },
            { header: 'Valid until', cell: (r) => dateTime(r.endsAt) },
            { header: 'Use', cell: (r) => (r.isUsableOnce ? 'Once' : 'Many times') },
          ]}
        />
      </FindingCard>
      <FindingCard
        title="Phone numbers on several users"
        count={phones.shared.length}
        countLabel={`number(s) · ${formatCount(phones.masked)} masked number(s) not compared`}
        description="The same number (ignoring spaces and punctuation) registered by two or more users: a shared, reassigned or mistyped phone. Reported only: decide per user on their page."
        testId="finding-phones"
      >
        {phones.shared.length === 0 ? (
          <Typography variant="body2" data-testid="phones-table" role="status">
            {coverage.empty}
          </Typography>
        ) : (
          <TableContainer
            sx={{ maxWidth: '100%', ...SCROLL_SHADOWS }}
            tabIndex={0}
            role="region"
            aria-label="Phone numbers on several users"
          >
            <Table
              size="small"
              aria-label="Phone numbers on several users"
              data-testid="phones-table"
              sx={{ minWidth: 480 }}
            >
              <TableHead>
                <TableRow>
                  <TableCell>Number</TableCell>
                  <TableCell>Users</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {phones.shared.slice(0, 50).map((p) => (
                  <TableRow key={p.number} data-testid="phone-row">
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.number}</TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>
                      {p.holders.map((h, i) => (
                        <span key={`${h.userId}/${h.methodId}`}>
                          {i > 0 && ', '}
                          <Link component={RouterLink} to={methodLink(h)} data-testid="finding-link">
                            {h.userPrincipalName}
                          </Link>{' '}
                          ({h.phoneType})
                        </span>
                      ))}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </FindingCard>
    </Stack>
  );
}
