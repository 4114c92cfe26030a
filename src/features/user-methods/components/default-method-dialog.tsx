import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { useSaveDefaultMethod } from '../api/save-default-method.ts';
import {
  currentDefault,
  defaultMethodOptions,
  type DefaultMethodValue,
} from '../lib/default-method-options.ts';
import type { GraphMethod, SignInPreferencesResponse } from '../../../domain/auth-methods/graph-method.ts';
import { shortName } from '../lib/confirmation-text.ts';
import { useSingleFlight } from './use-single-flight.ts';
import type { TargetUser } from './user-identity.ts';
import { UserName } from './user-name.tsx';
import { WRITE_ACCESS_HINT } from './write-access-hint.ts';
import { WriteDialogActions } from './write-dialog-actions.tsx';

interface Props {
  user: TargetUser;
  methods: readonly GraphMethod[];
  preferences: SignInPreferencesResponse | undefined;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Sets the user's default MFA method, offering only what their registered methods back. */
export function DefaultMethodDialog({ user, methods, preferences, onClose, onDone }: Props) {
  const options = defaultMethodOptions(methods);
  const current = currentDefault(preferences?.userPreferredMethodForSecondaryAuthentication);
  const [choice, setChoice] = useState<DefaultMethodValue | undefined>(current ?? options[0]?.value);
  const mutation = useSaveDefaultMethod(user.id);
  const flight = useSingleFlight();
  const labelId = useId();
  const label = options.find((o) => o.value === choice)?.label;

  const submit = () => {
    if (!choice || choice === current || !flight.start()) return;
    mutation.mutate(choice, {
      onSuccess: () => onDone(`${shortName(user.displayName)}’s default sign-in method is now: ${label}.`),
      onError: flight.release,
    });
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>Set default sign-in method</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id={labelId}>
            The method Entra asks <UserName user={user} /> for first when they need a second factor.
          </DialogContentText>
          {options.length === 0 ? (
            <Alert severity="info" data-testid="default-none">
              They have no method that can be a default (a phone, the Authenticator app or an OATH token). Add
              one first.
            </Alert>
          ) : (
            <RadioGroup
              aria-labelledby={labelId}
              value={choice ?? ''}
              onChange={(e) => setChoice(e.target.value as DefaultMethodValue)}
            >
              {options.map((o) => (
                <FormControlLabel
                  key={o.value}
                  value={o.value}
                  control={<Radio />}
                  label={o.value === current ? `${o.label} (current)` : o.label}
                  data-testid={`default-option-${o.value}`}
                />
              ))}
            </RadioGroup>
          )}
          {preferences?.isSystemPreferredAuthenticationMethodEnabled && (
            <Alert severity="info" data-testid="default-system-preferred">
              System-preferred MFA is on for this user: at sign-in Entra asks for their strongest method and
              ignores this choice, except for sign-ins through the NPS extension or AD FS.
            </Alert>
          )}
          {mutation.isError && <GraphErrorAlert error={mutation.error} accessHint={WRITE_ACCESS_HINT} />}
        </Stack>
      </DialogContent>
      <WriteDialogActions
        onCancel={onClose}
        onSubmit={submit}
        disabled={!choice || choice === current}
        pending={mutation.isPending}
        label="Set as default"
        testId="default-submit"
      />
    </Dialog>
  );
}
