import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { CredentialUsageEvent } from '../api/usage-events.ts';
import { featureLabel, usageMethodLabel } from '../lib/usage-methods.ts';

type SortKey = 'eventDateTime' | 'user';
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const ELLIPSIS = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

const userOf = (e: CredentialUsageEvent) => (e.userDisplayName || e.userPrincipalName || '').toLowerCase();

/** The events, sortable by date or user, 25 a page; each row links to the user's page. */
export function ActivityTable({ events }: { events: CredentialUsageEvent[] }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'eventDateTime',
    descending: true,
  });
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => {
    const value = (e: CredentialUsageEvent) => (sort.key === 'user' ? userOf(e) : (e.eventDateTime ?? ''));
    return [...events].sort(
      (a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0) * (sort.descending ? -1 : 1),
    );
  }, [events, sort]);
  const visible = sorted.slice(page * 25, page * 25 + 25);
  const sortBy = (key: SortKey) => () => {
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'eventDateTime' }));
    setPage(0);
  };
  return (
    <>
      <TableContainer>
        {/* Fixed layout keeps long names and reasons to their column (ellipsis) instead of widening the table. */}
        <Table
          size="small"
          aria-label="Registration and password reset events"
          sx={{ tableLayout: 'fixed', minWidth: 860 }}
        >
          <colgroup>
            <col style={{ width: 172 }} />
            <col style={{ width: '17%' }} />
            <col style={{ width: 112 }} />
            <col style={{ width: 196 }} />
            <col style={{ width: 134 }} />
            <col />
          </colgroup>
          <TableHead>
            <TableRow>
              <TableCell
                sortDirection={sort.key === 'eventDateTime' ? (sort.descending ? 'desc' : 'asc') : false}
              >
                <TableSortLabel
                  active={sort.key === 'eventDateTime'}
                  direction={sort.descending ? 'desc' : 'asc'}
                  onClick={sortBy('eventDateTime')}
                >
                  When
                </TableSortLabel>
              </TableCell>
              <TableCell sortDirection={sort.key === 'user' ? (sort.descending ? 'desc' : 'asc') : false}>
                <TableSortLabel
                  active={sort.key === 'user'}
                  direction={sort.descending ? 'desc' : 'asc'}
                  onClick={sortBy('user')}
                >
                  User
                </TableSortLabel>
              </TableCell>
              <TableCell>Feature</TableCell>
              <TableCell>Method</TableCell>
              <TableCell>Outcome</TableCell>
              <TableCell>Failure reason</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {visible.map((event) => (
              <TableRow key={event.id} data-testid="activity-row">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {event.eventDateTime ? dateFormat.format(new Date(event.eventDateTime)) : 'unknown'}
                </TableCell>
                <TableCell sx={ELLIPSIS} title={event.userPrincipalName ?? undefined}>
                  {event.userPrincipalName ? (
                    <Link component={RouterLink} to={`/users/${encodeURIComponent(event.userPrincipalName)}`}>
                      {event.userDisplayName || event.userPrincipalName}
                    </Link>
                  ) : (
                    (event.userDisplayName ?? 'unknown')
                  )}
                </TableCell>
                <TableCell>{featureLabel(event.feature)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{usageMethodLabel(event.authMethod)}</TableCell>
                <TableCell>
                  {event.isSuccess ? (
                    <Chip size="small" color="success" variant="outlined" label="Succeeded" />
                  ) : (
                    <Chip size="small" color="error" variant="outlined" label="Failed" />
                  )}
                </TableCell>
                <TableCell sx={ELLIPSIS} title={event.failureReason ?? undefined}>
                  {event.failureReason || '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={sorted.length}
        page={page}
        onPageChange={(_, p) => setPage(p)}
        rowsPerPage={25}
        rowsPerPageOptions={[25]}
      />
    </>
  );
}
