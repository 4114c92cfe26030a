import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { useIssueTap } from '../api/issue-tap.ts';
import { tapPolicyQuery } from '../api/tap-policy.ts';
import { formatDateTime, formatLifetime } from '../lib/format-values.ts';
import { shortName } from '../lib/confirmation-text.ts';
import { tapBoundsOf, tapRequestFrom, type TapBounds, type TapValidation } from '../lib/tap-options.ts';
import { ShownOnceSecret } from './shown-once-secret.tsx';
import { PasskeyWatch } from './passkey-watch.tsx';
import { passkeysBeforeQuery } from '../api/passkey-watch.ts';
import { PasskeyPolicyLines } from './passkey-policy-lines.tsx';
import { RegistrationCaLines } from './registration-ca-lines.tsx';
import type { TargetUser } from './user-identity.ts';
import { WRITE_ACCESS_HINT } from './write-access-hint.ts';
import { WriteDialogActions } from './write-dialog-actions.tsx';

interface Props {
  user: TargetUser;
  /** A user has one pass: a new one replaces it (docs/graph-notes.md §4.7). */
  hasExistingPass: boolean;
  onClose: () => void;
  /**
   * Getting the user onto a passkey: the pass is for that appointment, the policy's limits on passkeys are
   * said first, and after issuing the dialog watches for a passkey the user did not have when it opened.
   */
  onboarding?: boolean;
}

/** When the issued pass stops working: its start (or now) plus its lifetime; undefined when Graph gave no lifetime. */
function passExpiry(issued: {
  startDateTime: string | null;
  lifetimeInMinutes: number | null;
}): number | undefined {
  if (!issued.lifetimeInMinutes) return undefined;
  const start = issued.startDateTime ? Date.parse(issued.startDateTime) : NaN;
  return Number.isFinite(start) ? start + issued.lifetimeInMinutes * 60_000 : undefined;
}

function PolicyNote({ policyError }: { policyError: unknown }) {
  const denied = policyError instanceof GraphError && policyError.status === 403;
  return (
    <Alert severity="info" data-testid="tap-policy-unknown">
      {denied
        ? 'Your role cannot read the Temporary Access Pass policy, so its bounds are unknown here.'
        : 'The Temporary Access Pass policy could not be read.'}{' '}
      The pass gets the policy’s default lifetime and one-time setting.
      {policyError instanceof GraphError && ` (${policyError.code})`}
    </Alert>
  );
}

export function IssueTapDialog({ user, hasExistingPass, onClose, onboarding }: Props) {
  const policy = useQuery(tapPolicyQuery());
  // The passkeys the user had when the dialog opened, read by the dialog itself (see passkeysBeforeQuery).
  const before = useQuery({ ...passkeysBeforeQuery(user.id), enabled: Boolean(onboarding) });
  const knownPasskeyIds = useMemo(
    () => (before.data ?? []).flatMap((m) => (m.id ? [m.id] : [])),
    [before.data],
  );
  // The pass lives here only: set by the mutationFn's callback, gone when the dialog unmounts.
  const [pass, setPass] = useState<string | null>(null);
  const mutation = useIssueTap(user.id, setPass);
  const sending = useRef(false);
  const [startLater, setStartLater] = useState(false);
  const [startAt, setStartAt] = useState('');
  const [lifetime, setLifetime] = useState<string | null>(null);
  const [isUsableOnce, setIsUsableOnce] = useState(true);
  const [invalid, setInvalid] = useState<Extract<TapValidation, { ok: false }> | null>(null);

  const bounds: TapBounds | undefined = policy.isSuccess
    ? tapBoundsOf(policy.data)
    : policy.isError
      ? { known: false }
      : undefined;
  const lifetimeValue = lifetime ?? (bounds?.known ? String(bounds.defaultMinutes) : '');
  const disabledByPolicy = bounds?.known === true && !bounds.enabled;
  const name = shortName(user.displayName);

  const submit = () => {
    if (!bounds || sending.current) return;
    const request = tapRequestFrom(
      { startLater, startAt, lifetimeMinutes: lifetimeValue, isUsableOnce },
      bounds,
    );
    if (!request.ok) return setInvalid(request);
    setInvalid(null);
    sending.current = true;
    mutation.mutate(request.body, {
      onError: () => {
        sending.current = false;
      },
    });
  };

  if (mutation.isSuccess) {
    const issued = mutation.data;
    return (
      <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
        <DialogTitle>
          {onboarding ? `Setting up a passkey for ${name}` : `Temporary Access Pass for ${name}`}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            {pass ? (
              <ShownOnceSecret label="Temporary Access Pass" value={pass} recipient={name} />
            ) : (
              <Alert severity="warning">
                The pass was issued but Graph did not return its code. Issue another one to get a code.
              </Alert>
            )}
            <DialogContentText>
              Starts {issued.startDateTime ? formatDateTime(issued.startDateTime) : 'now'} · valid for{' '}
              {formatLifetime(issued.lifetimeInMinutes)} ·{' '}
              {issued.isUsableOnce ? 'one sign-in only' : 'usable more than once'}.
            </DialogContentText>
            {onboarding && issued.id && (
              <PasskeyWatch
                user={user}
                knownIds={knownPasskeyIds}
                passId={issued.id}
                expiresAt={passExpiry(issued)}
                name={name}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={onClose}>
            Done
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{onboarding ? 'Set up a passkey' : 'Issue a Temporary Access Pass'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            A time-limited pass lets{' '}
            <strong dir="auto" style={{ unicodeBidi: 'isolate' }}>
              {name}
            </strong>{' '}
            (<span style={{ unicodeBidi: 'isolate', overflowWrap: 'anywhere' }}>{user.upn}</span>) sign in and
            register methods without their password.
            {onboarding &&
              ' Give it to them during the appointment (start now, or when it begins); once it is issued this window watches for their new passkey and then offers to delete the pass.'}
          </DialogContentText>
          {/* What would stop the registration outright comes first. */}
          {onboarding && (
            <RegistrationCaLines
              userId={user.id}
              userName={name}
              hasPasskey={before.isSuccess ? knownPasskeyIds.length > 0 : undefined}
              isUsableOnce={isUsableOnce}
            />
          )}
          {onboarding && <PasskeyPolicyLines userId={user.id} userName={name} />}
          {onboarding && before.isError && (
            <GraphErrorAlert
              error={before.error}
              accessHint={WRITE_ACCESS_HINT}
              onRetry={() => void before.refetch()}
            />
          )}
          {hasExistingPass && (
            <Alert severity="warning">This user already has a pass: issuing a new one replaces it.</Alert>
          )}
          {!bounds && <CircularProgress size={24} aria-label="Reading the pass policy" />}
          {bounds && !bounds.known && <PolicyNote policyError={policy.error} />}
          {disabledByPolicy && (
            <Alert severity="error">
              Temporary Access Pass is disabled in the tenant’s authentication methods policy. An
              Authentication Policy Administrator can enable it.
            </Alert>
          )}
          {bounds && !disabledByPolicy && (
            <>
              <RadioGroup
                aria-label="When the pass starts"
                value={startLater ? 'later' : 'now'}
                onChange={(e) => setStartLater(e.target.value === 'later')}
              >
                <FormControlLabel value="now" control={<Radio />} label="Start now" />
                <FormControlLabel value="later" control={<Radio />} label="Start at a later time" />
              </RadioGroup>
              {startLater && (
                <TextField
                  type="datetime-local"
                  label="Starts at (your local time)"
                  value={startAt}
                  onChange={(e) => setStartAt(e.target.value)}
                  error={invalid?.field === 'startAt'}
                  helperText={invalid?.field === 'startAt' ? invalid.message : undefined}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
              )}
              {bounds.known && (
                <TextField
                  type="number"
                  label="Lifetime in minutes"
                  value={lifetimeValue}
                  onChange={(e) => setLifetime(e.target.value)}
                  error={invalid?.field === 'lifetime'}
                  helperText={
                    invalid?.field === 'lifetime'
                      ? invalid.message
                      : `The tenant allows ${bounds.minMinutes} to ${bounds.maxMinutes} minutes (${formatLifetime(bounds.minMinutes)} to ${formatLifetime(bounds.maxMinutes)}); default ${bounds.defaultMinutes}.`
                  }
                  slotProps={{ htmlInput: { min: bounds.minMinutes, max: bounds.maxMinutes, step: 1 } }}
                />
              )}
              {bounds.known &&
                (bounds.multiUseAllowed ? (
                  <FormControlLabel
                    control={
                      <Checkbox checked={isUsableOnce} onChange={(e) => setIsUsableOnce(e.target.checked)} />
                    }
                    label="One-time use (the pass stops working after the first sign-in)"
                  />
                ) : (
                  <DialogContentText variant="body2">
                    The tenant’s policy makes every pass one-time use.
                  </DialogContentText>
                ))}
            </>
          )}
          {mutation.isError && <GraphErrorAlert error={mutation.error} accessHint={WRITE_ACCESS_HINT} />}
        </Stack>
      </DialogContent>
      <WriteDialogActions
        onCancel={onClose}
        onSubmit={submit}
        // Onboarding needs to know the passkeys the user has, or it could call an old one new.
        disabled={!bounds || disabledByPolicy || (onboarding === true && !before.isSuccess)}
        pending={mutation.isPending}
        label="Issue pass"
        pendingLabel="Issuing…"
        testId="issue-tap-submit"
      />
    </Dialog>
  );
}
