import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { UserNameCell } from '../../../components/user-name-cell.tsx';
import { csvLine } from '../../../lib/csv.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import type { FillOutcome, FillResult } from '../group-fill.ts';

export const FILL_OUTCOME: Record<FillOutcome, string> = {
  pending: 'Not sent yet',
  added: 'Added',
  alreadyMember: 'Already a member',
  notFound: 'Not found: the user no longer exists',
  refused: 'Refused',
  failed: 'Failed',
};

/** Rows shown in the dialog; the CSV holds every user. */
const SHOWN = 200;

const reasonOf = (r: FillResult) =>
  r.error
    ? `${r.error.status > 0 ? `HTTP ${r.error.status} ` : ''}${r.error.code}: ${r.error.message}${r.error.requestId ? ` (request-id ${r.error.requestId})` : ''}`
    : '';

/** Every user's result as CSV, for the record or to try the rest elsewhere. */
export function fillResultsCsv(results: readonly FillResult[]): string {
  return [
    csvLine(['userPrincipalName', 'displayName', 'id', 'result', 'reason']),
    ...results.map((r) =>
      csvLine([
        r.user.userPrincipalName,
        r.user.displayName,
        r.user.id,
        FILL_OUTCOME[r.outcome],
        reasonOf(r),
      ]),
    ),
  ].join('');
}

/** The users not added (or not yet), with Graph's reason; the added ones are counted above, not listed. */
export function GroupFillResults({
  results,
  groupName,
}: {
  results: readonly FillResult[];
  groupName: string;
}) {
  const notAdded = results.filter((r) => r.outcome !== 'added');
  return (
    <>
      {notAdded.length > 0 && (
        <TableContainer
          sx={{ maxHeight: 320, overflow: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label="Users not added"
        >
          <Table size="small" stickyHeader aria-label="Users not added" sx={{ minWidth: { sm: 480 } }}>
            <TableHead>
              <TableRow>
                <TableCell>User</TableCell>
                <TableCell>Result</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {notAdded.slice(0, SHOWN).map((r) => (
                <TableRow
                  key={r.user.id}
                  data-testid="fill-row"
                  data-user={r.user.id}
                  data-outcome={r.outcome}
                >
                  <UserNameCell
                    displayName={r.user.displayName}
                    userPrincipalName={r.user.userPrincipalName}
                  />
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>
                    <strong>{FILL_OUTCOME[r.outcome]}</strong>
                    {r.error && (
                      <Typography variant="caption" component="div">
                        {reasonOf(r)}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {notAdded.length > SHOWN && (
        <Typography variant="body2" color="text.secondary">
          The first {SHOWN} of {notAdded.length} are listed; the CSV holds them all.
        </Typography>
      )}
      <div>
        <Button
          size="small"
          startIcon={<FileDownloadOutlined />}
          data-testid="fill-results-csv"
          onClick={() =>
            downloadFile(
              new Blob([fillResultsCsv(results)], { type: 'text/csv;charset=utf-8' }),
              `group-${groupName.replace(/[^\w-]+/g, '-').slice(0, 60)}-results.csv`,
            )
          }
        >
          Every user’s result (CSV)
        </Button>
      </div>
    </>
  );
}
