import Alert from '@mui/material/Alert';
import { kindNoun, needsTypedConfirmation } from '../../../domain/auth-methods/method-catalogue.ts';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState } from 'react';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { useDeleteMethod } from '../api/use-delete-method.ts';
import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import { confirmationMatches, shortName } from '../lib/confirmation-text.ts';
import { describeMethod } from '../lib/method-details.ts';
import { FactList } from './fact-list.tsx';
import { PasskeyPolicyLines } from './passkey-policy-lines.tsx';
import { RegistrationCaLines } from './registration-ca-lines.tsx';
import type { TargetUser } from './user-identity.ts';
import { WRITE_ACCESS_HINT } from './write-access-hint.ts';
import { WriteDialogActions } from './write-dialog-actions.tsx';

interface Props {
  user: TargetUser;
  method: GraphMethod;
  /** A default phone cannot be deleted: say so before the call (docs/graph-notes.md §4.2). */
  isDefault: boolean;
  /** A lost passkey: delete it, then the page opens "Set up a passkey" for its replacement. */
  replacing?: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

const isolate = { unicodeBidi: 'isolate', overflowWrap: 'anywhere' } as const;

export function DeleteMethodDialog({ user, method, isDefault, replacing, onClose, onDone }: Props) {
  const described = describeMethod(method);
  const noun = kindNoun(described.kind);
  const name = shortName(described.title);
  const typedRequired = needsTypedConfirmation(described.kind);
  const keyName = (method as { displayName?: string | null }).displayName ?? undefined;
  const [typed, setTyped] = useState('');
  const mutation = useDeleteMethod(user.id);
  // A second click before React re-renders the disabled button must not send a second DELETE.
  const sending = useRef(false);
  const confirmed = !typedRequired || confirmationMatches(typed, user.upn, keyName);

  const submit = () => {
    if (sending.current || !confirmed) return;
    sending.current = true;
    mutation.mutate(
      { kind: described.kind, methodId: described.id },
      {
        onSuccess: (outcome) =>
          onDone(
            outcome === 'alreadyGone'
              ? `The ${noun} “${name}” had already been removed elsewhere; the list is refreshed.`
              : `Deleted the ${noun} “${name}” from ${shortName(user.displayName)}.`,
          ),
        onError: () => {
          sending.current = false;
        },
      },
    );
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{replacing ? `Replace ${noun}?` : `Delete ${noun}?`}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div" sx={{ mb: 2 }}>
          This removes the {noun}{' '}
          <strong dir="auto" style={isolate} data-testid="delete-method-name">
            “{name}”
          </strong>{' '}
          from{' '}
          <strong dir="auto" style={isolate}>
            {shortName(user.displayName)}
          </strong>{' '}
          (<span style={isolate}>{user.upn}</span>). They can no longer sign in with it; getting it back means
          registering it again.
          {replacing &&
            ' Then “Set up a passkey” opens, to issue a Temporary Access Pass with which they register the new one.'}
        </DialogContentText>
        {described.details.length > 0 && <FactList facts={described.details} />}
        {replacing && (
          // What would stop the new passkey, said before the old one is gone.
          <Stack spacing={1} sx={{ mt: 2 }}>
            <RegistrationCaLines
              userId={user.id}
              userName={shortName(user.displayName)}
              hasPasskey={undefined}
              isUsableOnce
            />
            <PasskeyPolicyLines userId={user.id} userName={shortName(user.displayName)} />
          </Stack>
        )}
        {isDefault && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            This is the user’s default sign-in method. Entra refuses to delete it until the default changes.
          </Alert>
        )}
        {typedRequired && (
          <TextField
            sx={{ mt: 2 }}
            fullWidth
            autoComplete="off"
            label="Type the user’s UPN or the key’s name to confirm"
            helperText={`For example ${user.upn}`}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'delete-confirm-input', spellCheck: false } }}
          />
        )}
        {mutation.isError && (
          <div style={{ marginTop: 16 }}>
            <GraphErrorAlert error={mutation.error} accessHint={WRITE_ACCESS_HINT} />
          </div>
        )}
      </DialogContent>
      <WriteDialogActions
        onCancel={onClose}
        onSubmit={submit}
        disabled={!confirmed}
        pending={mutation.isPending}
        label={replacing ? 'Delete and set up a new one' : `Delete ${noun.split(' (')[0]}`}
        pendingLabel="Deleting…"
        color="error"
        testId="delete-confirm"
      />
    </Dialog>
  );
}
