import Table from '@mui/material/Table';
import { kindLabel } from '../method-catalogue.ts';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { UserNameCell } from '../../../components/user-name-cell.tsx';
import type { BulkMethodResult, BulkUserResult, UserOutcome } from '../bulk-delete.ts';

const OUTCOME: Record<UserOutcome, string> = {
  pending: 'Waiting',
  running: 'Deleting…',
  deleted: 'Deleted',
  alreadyGone: 'Already gone',
  refused: 'Refused',
  failed: 'Failed',
  skipped: 'Skipped',
};

const METHOD_OUTCOME: Record<BulkMethodResult['outcome'], string> = {
  pending: 'waiting',
  deleted: 'deleted',
  alreadyGone: 'already gone',
  refused: 'refused',
  failed: 'failed',
};

function methodLine(m: BulkMethodResult, isDefault: boolean): string {
  const error = m.error
    ? ` — ${m.error.status > 0 ? `HTTP ${m.error.status} ` : ''}${m.error.code}: ${m.error.message}${m.error.requestId ? ` (request-id ${m.error.requestId})` : ''}`
    : '';
  return `${kindLabel(m.kind)} “${m.label}”${isDefault ? ' (default sign-in method)' : ''}: ${METHOD_OUTCOME[m.outcome]}${error}`;
}

/** Per user: what goes (the preview) or what happened (the run), with Graph's reason when refused. */
export function CleanupResults({
  results,
  preview,
}: {
  results: readonly BulkUserResult[];
  preview: boolean;
}) {
  return (
    // Scrolls on its own: focusable so the keyboard can scroll it too.
    <TableContainer
      sx={{ maxHeight: 360, overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={preview ? 'Methods to delete, per user' : 'Result per user'}
    >
      <Table
        size="small"
        stickyHeader
        aria-label={preview ? 'Methods to delete, per user' : 'Result per user'}
        sx={{ minWidth: 560 }}
      >
        <TableHead>
          <TableRow>
            <TableCell>User</TableCell>
            <TableCell>{preview ? 'Will delete' : 'Methods'}</TableCell>
            <TableCell>{preview ? 'Check' : 'Result'}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {results.map((r) => (
            <TableRow
              key={r.target.userId}
              data-testid="cleanup-row"
              data-user={r.target.userId}
              data-outcome={r.outcome}
            >
              <UserNameCell
                displayName={r.target.displayName}
                userPrincipalName={r.target.userPrincipalName}
              />
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {r.methods.map((m) => (
                  <Typography key={m.methodId} variant="body2" component="div">
                    {preview
                      ? `${kindLabel(m.kind)} “${m.label}”${r.target.defaultMethodIds.includes(m.methodId) ? ' — backs the default sign-in method' : ''}`
                      : methodLine(m, r.target.defaultMethodIds.includes(m.methodId))}
                  </Typography>
                ))}
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 120 }}>
                {r.outcome === 'skipped' ? (
                  <>
                    <strong>Skipped</strong>
                    <Typography variant="caption" component="div" data-testid="skip-reason">
                      {r.target.skipReason}
                    </Typography>
                  </>
                ) : preview ? (
                  r.target.defaultMethodIds.length > 0 ? (
                    <Typography variant="body2" color="warning.main" component="span">
                      Default sign-in method: the user signs in with another method next time, or Graph may
                      refuse.
                    </Typography>
                  ) : (
                    'Will be deleted'
                  )
                ) : (
                  <strong>{OUTCOME[r.outcome]}</strong>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
