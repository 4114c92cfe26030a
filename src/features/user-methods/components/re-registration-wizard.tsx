import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { GraphMethod, SignInPreferencesResponse } from '../../../domain/auth-methods/graph-method.ts';
import { confirmationMatches, shortName } from '../lib/confirmation-text.ts';
import { describeMethod } from '../lib/method-details.ts';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import { PASSWORDLESS_KINDS, planReRegistration, type PlanStep } from '../lib/re-registration-plan.ts';
import { stepLabel } from '../lib/re-registration-step-label.ts';
import { ReRegistrationStep } from './re-registration-step.tsx';
import { useReRegistrationRun } from './use-re-registration-run.ts';
import type { TargetUser } from './user-identity.ts';
import { UserName } from './user-name.tsx';

interface Props {
  user: TargetUser;
  methods: readonly GraphMethod[];
  preferences: SignInPreferencesResponse | undefined;
  onClose: () => void;
  onDone: (message: string) => void;
  /** Offered at the end, so the user can sign in and register again. */
  onIssueTap: () => void;
}

const FINAL_OK = new Set(['done', 'alreadyGone']);

/**
 * "Require re-register MFA": Graph has no single call (docs/graph-notes.md §4.11), so this previews the
 * methods that will go, removes them one by one in an order Graph accepts, and retries the failures.
 */
const removeLabel = (n: number) => `Remove ${n} ${n === 1 ? 'method' : 'methods'}`;

export function ReRegistrationWizard({ user, methods, preferences, onClose, onDone, onIssueTap }: Props) {
  const [includePasswordless, setIncludePasswordless] = useState(false);
  const [typed, setTyped] = useState('');
  const [shown, setShown] = useState<PlanStep[] | null>(null);
  const run = useReRegistrationRun(user.id);
  const plan = planReRegistration(methods, preferences, { includePasswordless });
  const passwordless = methods.filter((m) => PASSWORDLESS_KINDS.includes(methodKindOf(m)));
  const confirmed = !includePasswordless || confirmationMatches(typed, user.upn, undefined);
  const name = shortName(user.displayName);

  const steps = shown ?? plan.steps;
  const statusOf = (s: PlanStep) => run.results[s.key]?.status ?? 'pending';
  const finished = steps.filter(
    (s) => FINAL_OK.has(statusOf(s)) || ['failed', 'skipped'].includes(statusOf(s)),
  );
  const failed = steps.filter((s) => ['failed', 'skipped'].includes(statusOf(s)));
  const deletes = steps.filter((s) => s.type === 'delete');
  const removed = deletes.filter((s) => FINAL_OK.has(statusOf(s)));
  const ended = shown !== null && !run.running;

  const start = () => {
    if (!confirmed || plan.steps.length === 0 || run.running) return;
    setShown(plan.steps);
    void run.start(plan.steps);
  };
  // A retry plans again from what Graph now has: the default may have moved meanwhile.
  const retry = () => {
    const ids = new Set(failed.flatMap((s) => (s.type === 'delete' && s.method.id ? [s.method.id] : [])));
    const again = planReRegistration(methods, preferences, { includePasswordless, onlyIds: ids }).steps;
    const kept = steps.filter((s) => FINAL_OK.has(statusOf(s)) && !again.some((a) => a.key === s.key));
    setShown([...kept, ...again]);
    void run.start(again);
  };
  const summary = `Removed ${removed.length} of ${deletes.length} methods from ${name}.`;
  const close = () => (run.running ? undefined : shown ? onDone(summary) : onClose());

  return (
    <Dialog open onClose={close} maxWidth="md" fullWidth>
      <DialogTitle>Require re-registration of MFA</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {shown === null ? (
            <>
              <DialogContentText>
                Removes the MFA methods of <UserName user={user} />, so that Entra asks them to register again
                at their next sign-in that needs MFA. Graph has no single call for this: the methods are
                removed one by one, in this order.
              </DialogContentText>
              {passwordless.length > 0 && (
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={includePasswordless}
                      onChange={(e) => setIncludePasswordless(e.target.checked)}
                      data-testid="rereg-passwordless"
                    />
                  }
                  label={`Also remove passkeys, Windows Hello and platform credentials (${passwordless.length})`}
                />
              )}
              {plan.steps.length === 0 ? (
                <Alert severity="info" data-testid="rereg-nothing">
                  {name} has no MFA method to remove.
                </Alert>
              ) : (
                <Box component="ol" sx={{ m: 0, pl: 3 }} data-testid="rereg-preview">
                  {plan.steps.map((s) => (
                    <Typography component="li" variant="body2" key={s.key} sx={{ overflowWrap: 'anywhere' }}>
                      {stepLabel(s)}
                    </Typography>
                  ))}
                </Box>
              )}
              {plan.defaultPhoneWarning && (
                <Alert severity="warning" data-testid="rereg-default-phone">
                  The default method is a phone and no other removed method can take over as default. Graph
                  refuses to delete the default phone, so it goes last and will probably fail: add the
                  Authenticator app or change the default first, or accept that this phone stays.
                </Alert>
              )}
              <Box>
                <Typography variant="subtitle2">Kept</Typography>
                <Box component="ul" sx={{ m: 0, pl: 3 }} data-testid="rereg-kept">
                  {plan.kept.map((k) => (
                    <Typography
                      component="li"
                      variant="body2"
                      key={k.method.id}
                      sx={{ overflowWrap: 'anywhere' }}
                    >
                      {shortName(describeMethod(k.method).title, 60)} — {k.reason}
                    </Typography>
                  ))}
                  {/* Graph has no method API for them: they can be neither listed nor removed here. */}
                  <Typography component="li" variant="body2" data-testid="rereg-kept-security-questions">
                    Security questions, if the user set any — Graph cannot list or remove them; they only
                    serve self-service password reset
                  </Typography>
                </Box>
              </Box>
              {includePasswordless && (
                <TextField
                  fullWidth
                  autoComplete="off"
                  label="Type the user’s UPN to confirm removing passwordless methods"
                  helperText={`For example ${user.upn}`}
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  slotProps={{ htmlInput: { 'data-testid': 'rereg-confirm-input', spellCheck: false } }}
                />
              )}
            </>
          ) : (
            <>
              <LinearProgress
                variant="determinate"
                value={steps.length ? (finished.length / steps.length) * 100 : 100}
                aria-label={`Re-registration progress: ${finished.length} of ${steps.length} steps`}
              />
              <Typography variant="body2" aria-live="polite" data-testid="rereg-progress">
                {run.running
                  ? `Step ${Math.min(finished.length + 1, steps.length)} of ${steps.length}…`
                  : failed.length
                    ? `${summary} ${failed.length} step${failed.length === 1 ? '' : 's'} did not complete.`
                    : `${summary} They will be asked to register MFA at their next sign-in.`}
              </Typography>
              <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
                {steps.map((s) => (
                  <ReRegistrationStep key={s.key} step={s} result={run.results[s.key]} />
                ))}
              </Box>
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {shown === null && (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button
              color="error"
              variant="contained"
              onClick={start}
              disabled={!confirmed || plan.steps.length === 0}
              data-testid="rereg-start"
            >
              {removeLabel(plan.steps.filter((s) => s.type === 'delete').length)}
            </Button>
          </>
        )}
        {run.running && (
          <Button onClick={run.requestStop} data-testid="rereg-stop">
            Stop after this step
          </Button>
        )}
        {ended && (
          <>
            {failed.length > 0 && (
              <Button onClick={retry} data-testid="rereg-retry">
                Retry {failed.length} failed
              </Button>
            )}
            <Button onClick={onIssueTap} data-testid="rereg-tap">
              Issue Temporary Access Pass
            </Button>
            <Button variant="contained" onClick={close} data-testid="rereg-close">
              Close
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
