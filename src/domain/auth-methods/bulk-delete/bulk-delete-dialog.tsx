import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { GraphErrorAlert } from '../../session/graph-error-alert.tsx';
import {
  initialResults,
  outcomeCounts,
  prepareBulkDelete,
  resetFailed,
  runBulkDelete,
  type BulkTarget,
  type BulkUserResult,
} from '../bulk-delete.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { useOperatorRoles } from '../../session/use-operator-roles.ts';
import { confirmationPhrase, phraseMatches } from '../bulk-confirmation.ts';
import { ConfirmField, RunProgress, StopOrClose } from '../../../components/bulk-run-parts.tsx';
import { useBulkRun } from '../../../components/use-bulk-run.ts';
import { CleanupResults } from './bulk-delete-results.tsx';

type Phase = 'checking' | 'preview';

interface Props {
  targets: readonly BulkTarget[];
  onClose: () => void;
  /** After each run, with every result: the caller drops what was removed from its own lists. */
  onFinished?: (results: readonly BulkUserResult[]) => void;
  /** A sentence above the preview saying what the clean-up is for. */
  purpose?: string;
}

/**
 * Deletes chosen methods of many users, reusing the helpdesk's delete and its role rule (src/domain/auth-methods).
 * Preview (who loses what, who is skipped and why, which method backs a default sign-in), a typed
 * confirmation, then one user at a time with a result per user, a progress bar, stop and retry.
 */
export function BulkDeleteDialog({ targets, onClose, onFinished, purpose }: Props) {
  const client = useQueryClient();
  const roles = useOperatorRoles();
  const { phase, setPhase, results, setResults, typed, setTyped, run, stopAfterThisStep } = useBulkRun<
    BulkUserResult,
    Phase
  >('checking');
  const [checkError, setCheckError] = useState<unknown>();

  useEffect(() => {
    // Once: a roles refetch (window focus) must not send a running clean-up back to the preview.
    if (roles.pending || phase !== 'checking') return;
    const controller = new AbortController();
    prepareBulkDelete(targets, roles.operator, controller.signal).then(
      (prepared) => {
        setResults(initialResults(prepared));
        setPhase('preview');
      },
      (error: unknown) => !controller.signal.aborted && setCheckError(error),
    );
    return () => controller.abort();
  }, [targets, roles.pending, roles.operator, phase, setPhase, setResults]);

  const toDelete = results.filter((r) => r.outcome === 'pending').reduce((n, r) => n + r.methods.length, 0);
  const counts = outcomeCounts(results);
  const finished = results.filter((r) => !['pending', 'running', 'skipped'].includes(r.outcome)).length;
  const runnable = results.filter((r) => r.outcome !== 'skipped').length;

  const deleteFrom = (start: BulkUserResult[]) =>
    run(async (control) => {
      const done = await runBulkDelete(start, {
        ...control,
        onUserChanged: (userId) => void client.invalidateQueries({ queryKey: graphKeys.userPage(userId) }),
      });
      onFinished?.(done);
      void client.invalidateQueries({ queryKey: graphKeys.reports() });
    });

  return (
    <Dialog
      open
      onClose={phase === 'running' ? undefined : onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="cleanup-title"
    >
      <DialogTitle id="cleanup-title">
        {phase === 'preview' || phase === 'checking' ? 'Review the clean-up' : 'Clean-up'}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {phase === 'checking' &&
            (checkError ? (
              <GraphErrorAlert error={checkError} />
            ) : (
              <>
                <Typography>Checking each user’s roles and default sign-in method…</Typography>
                <LinearProgress aria-label="Checking the users" />
              </>
            ))}
          {purpose && <Typography>{purpose}</Typography>}
          {phase === 'preview' && (
            <>
              <Typography data-testid="cleanup-summary">
                {toDelete} method(s) of {runnable} user(s) will be deleted, one user at a time.
                {counts.skipped > 0 &&
                  ` ${counts.skipped} user(s) will be skipped: your roles may not manage them.`}
              </Typography>
              {results.some((r) => r.outcome === 'pending' && r.target.defaultMethodIds.length > 0) && (
                <Alert severity="warning">
                  Some of these methods back the user’s default sign-in method (marked below). Those users
                  will be asked for another method next time; Graph may refuse to delete a default phone.
                </Alert>
              )}
            </>
          )}
          {(phase === 'running' || phase === 'finished') && (
            <>
              <RunProgress
                done={finished}
                total={runnable}
                label="Clean-up progress"
                testId="cleanup-progress"
              >
                {finished} of {runnable} user(s) done · {counts.deleted} deleted · {counts.alreadyGone}{' '}
                already gone · {counts.refused} refused · {counts.failed} failed · {counts.skipped} skipped
              </RunProgress>
            </>
          )}
          {phase !== 'checking' && <CleanupResults results={results} preview={phase === 'preview'} />}
          {phase === 'preview' && toDelete > 0 && (
            <ConfirmField
              label={`Type “${confirmationPhrase(toDelete)}” to confirm`}
              value={typed}
              onChange={setTyped}
              testId="cleanup-confirm-input"
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <StopOrClose
          running={phase === 'running'}
          finished={phase === 'finished'}
          stopLabel="Stop after this user"
          onStop={stopAfterThisStep}
          onClose={onClose}
          testIdPrefix="cleanup"
        />
        {phase === 'preview' && (
          <Button
            variant="contained"
            color="error"
            disabled={toDelete === 0 || !phraseMatches(typed, toDelete)}
            onClick={() => void deleteFrom(results)}
            data-testid="cleanup-run"
          >
            Delete {toDelete} method(s)
          </Button>
        )}
        {phase === 'finished' && (counts.failed > 0 || counts.pending > 0) && (
          <Button
            variant="contained"
            onClick={() => void deleteFrom(resetFailed(results))}
            data-testid="cleanup-retry"
          >
            {counts.failed > 0 ? 'Retry failed' : 'Continue'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
