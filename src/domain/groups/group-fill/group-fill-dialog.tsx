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
import { useState } from 'react';
import { formatCount } from '../../../lib/format.ts';
import {
  addMember,
  addMembers,
  createSecurityGroup,
  directMemberIds,
  fillScopes,
  type GroupSummary,
} from '../group-api.ts';
import {
  countFill,
  initialFill,
  MEMBERS_PER_REQUEST,
  resetFailedFill,
  runGroupFill,
  type FillResult,
  type FillUser,
} from '../group-fill.ts';
import { GROUP_PERMISSION, groupWriteNeeds, groupWriteOutlook, type GroupWrite } from '../group-writers.ts';
import { useOperatorRoles } from '../../session/use-operator-roles.ts';
import { ConfirmField, RunProgress, StopOrClose } from '../../../components/bulk-run-parts.tsx';
import { useBulkRun } from '../../../components/use-bulk-run.ts';
import { GraphErrorAlert } from '../../session/graph-error-alert.tsx';
import { GroupFillResults } from './group-fill-results.tsx';
import { GroupTargetFields, unfillable, type GroupTarget } from './group-target-fields.tsx';
import { pause } from '../../../lib/graph/pause.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';

type Phase = 'choose' | 'checking' | 'preview';

interface Props {
  users: readonly FillUser[];
  /** The cohort's name, for the title. */
  label: string;
  /** A new group's suggested name and description. */
  suggestedName: string;
  suggestedDescription: string;
  onClose: () => void;
}

const sameName = (typed: string, name: string) =>
  typed.trim().toLowerCase().replace(/\s+/g, ' ') === name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Puts a cohort in a security group, so a registration campaign or a passkey profile can target it: choose a
 * new or existing group, a preview (who is already in, how many requests), the group's name typed to
 * confirm, then twenty users per request with progress, stop, retry and a result per user.
 */
export function GroupFillDialog({ users, label, suggestedName, suggestedDescription, onClose }: Props) {
  const roles = useOperatorRoles();
  const client = useQueryClient();
  const { phase, setPhase, results, setResults, typed, setTyped, run, stopAfterThisStep } = useBulkRun<
    FillResult,
    Phase
  >('choose');
  const [target, setTarget] = useState<GroupTarget>({
    kind: 'new',
    displayName: suggestedName,
    description: suggestedDescription,
  });
  const [group, setGroup] = useState<GroupSummary>();
  const [error, setError] = useState<unknown>();

  const write: GroupWrite = target.kind === 'new' ? 'create' : 'fill';
  const outlook = roles.pending ? undefined : groupWriteOutlook(roles.operator, write);
  const groupName = target.kind === 'new' ? target.displayName.trim() : (target.group?.displayName ?? '');
  const counts = countFill(results);
  const toSend = results.length - counts.alreadyMember;
  const done = toSend - counts.pending;
  const ready =
    target.kind === 'new' ? groupName.length > 0 : Boolean(target.group && !unfillable(target.group));

  const preview = async () => {
    setError(undefined);
    if (target.kind === 'new') {
      setResults(initialFill(users, new Set()));
      setPhase('preview');
      return;
    }
    setPhase('checking');
    try {
      setResults(initialFill(users, await directMemberIds(target.group!.id)));
      setPhase('preview');
    } catch (caught) {
      setError(caught);
      setPhase('choose');
    }
  };

  const fillFrom = (start: FillResult[]) => {
    setError(undefined);
    return run(async (control) => {
      let into = group;
      try {
        if (!into)
          into =
            target.kind === 'new'
              ? await createSecurityGroup(target.displayName.trim(), target.description.trim())
              : target.group!;
        setGroup(into);
      } catch (caught) {
        setError(caught);
        setPhase('preview');
        return false;
      }
      const scopes = fillScopes(target.kind === 'new');
      const id = into.id;
      const finished = await runGroupFill(
        start,
        {
          addMany: (ids) => addMembers(id, ids, scopes),
          addOne: (userId) => addMember(id, userId, scopes),
          pause,
        },
        control,
      );
      const refusal = finished.find((r) => r.outcome === 'refused')?.error;
      if (refusal) setError(refusal);
      // The group may be one the SMS and voice policy targets: who it reaches, and the cohorts, change with it.
      void client.invalidateQueries({ queryKey: graphKeys.groups() });
    });
  };

  const requests = Math.ceil(Math.max(toSend, 0) / MEMBERS_PER_REQUEST);
  return (
    <Dialog
      open
      onClose={phase === 'running' ? undefined : onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="group-fill-title"
    >
      <DialogTitle id="group-fill-title">Put “{label}” in a security group</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {phase === 'choose' && (
            <>
              <Typography>
                {formatCount(users.length)} user(s). A group lets the registration campaign or a passkey
                profile target exactly them.
              </Typography>
              <GroupTargetFields target={target} onChange={setTarget} />
            </>
          )}
          {phase === 'checking' && (
            <>
              <Typography>Reading who is already in “{groupName}”…</Typography>
              <LinearProgress aria-label="Reading the group's members" />
            </>
          )}
          {outlook && !outlook.likely && phase !== 'finished' && (
            <Alert severity="warning" data-testid="group-role-note">
              {outlook.note}
            </Alert>
          )}
          {error !== undefined && (
            <GraphErrorAlert error={error} accessHint={groupWriteNeeds(group ? 'fill' : write)} />
          )}
          {phase === 'preview' && (
            <>
              <Typography data-testid="group-fill-summary">
                {target.kind === 'new'
                  ? `A new security group “${groupName}” will be created, then ${formatCount(toSend)} user(s) added`
                  : `${formatCount(toSend)} user(s) will be added to “${groupName}”`}
                , {MEMBERS_PER_REQUEST} per request ({formatCount(requests)} request(s)).
                {counts.alreadyMember > 0 &&
                  ` ${formatCount(counts.alreadyMember)} already in the group will be left as they are.`}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                The app asks for the permission {GROUP_PERMISSION[write]} now, if it does not have it yet.
              </Typography>
              {toSend > 0 && (
                <ConfirmField
                  label={`Type the group’s name, “${groupName}”, to confirm`}
                  value={typed}
                  onChange={setTyped}
                  testId="group-confirm-input"
                />
              )}
            </>
          )}
          {(phase === 'running' || phase === 'finished') && (
            <>
              <RunProgress done={done} total={toSend} label="Group progress" testId="group-fill-progress">
                {group ? `“${group.displayName}”: ` : 'Creating the group… '}
                {formatCount(done)} of {formatCount(toSend)} user(s) done · {formatCount(counts.added)} added
                · {formatCount(counts.alreadyMember)} already members · {formatCount(counts.notFound)} not
                found · {formatCount(counts.refused)} refused · {formatCount(counts.failed)} failed
              </RunProgress>
              {phase === 'finished' && group && (
                <Typography variant="body2" data-testid="group-id">
                  Group id: {group.id}
                </Typography>
              )}
              {phase === 'finished' && <GroupFillResults results={results} groupName={groupName} />}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <StopOrClose
          running={phase === 'running'}
          finished={phase === 'finished'}
          stopLabel="Stop after this request"
          onStop={stopAfterThisStep}
          onClose={onClose}
          testIdPrefix="group-fill"
        />
        {phase === 'choose' && (
          <Button
            variant="contained"
            disabled={!ready}
            onClick={() => void preview()}
            data-testid="group-fill-next"
          >
            Review
          </Button>
        )}
        {phase === 'preview' && (
          <>
            <Button onClick={() => setPhase('choose')}>Back</Button>
            <Button
              variant="contained"
              disabled={toSend === 0 || !sameName(typed, groupName)}
              onClick={() => void fillFrom(results)}
              data-testid="group-fill-run"
            >
              {target.kind === 'new' ? `Create and add ${formatCount(toSend)}` : `Add ${formatCount(toSend)}`}
            </Button>
          </>
        )}
        {phase === 'finished' && (counts.failed > 0 || counts.pending > 0) && (
          <Button
            variant="contained"
            onClick={() => void fillFrom(resetFailedFill(results))}
            data-testid="group-fill-retry"
          >
            {counts.failed > 0 ? 'Retry failed' : 'Continue'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
