import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { invalidateAfterMethodChange } from '../../../domain/auth-methods/invalidate-user.ts';
import { aaguidNamesQuery } from '../../../domain/passkeys/aaguid-names.ts';
import { classifyPasskey, PASSKEY_CLASS_LABEL } from '../../../domain/passkeys/passkey-class.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { passkeyWatchQuery, PASSKEY_WATCH_MS } from '../api/passkey-watch.ts';
import { useDeleteMethod } from '../api/use-delete-method.ts';
import { formatDateTime } from '../lib/format-values.ts';
import { useNow } from '../../../lib/use-now.ts';
import type { TargetUser } from './user-identity.ts';

/**
 * After the pass is issued: reads the user's passkeys every few seconds until one appears that was not there
 * before, shows it with its kind and authenticator, and offers to delete the pass at once (a pass left valid is
 * a way in). Stops reading as soon as the passkey is seen.
 */
export function PasskeyWatch({
  user,
  knownIds,
  passId,
  expiresAt,
  name,
}: {
  user: TargetUser;
  /** The passkeys the user had when the flow began. */
  knownIds: readonly string[];
  passId: string;
  /** When the pass stops working: the watch stops then too (nobody can register with it after). */
  expiresAt: number | undefined;
  name: string;
}) {
  const client = useQueryClient();
  const known = useMemo(() => new Set(knownIds), [knownIds]);
  const watch = useQuery({
    ...passkeyWatchQuery(user.id),
    // Until the passkey is seen, the pass expires, or three reads in a row fail: never on without an end.
    refetchInterval: (query) =>
      query.state.data?.some((m) => m.id && !known.has(m.id)) ||
      (expiresAt !== undefined && Date.now() > expiresAt) ||
      query.state.fetchFailureCount >= 3
        ? false
        : PASSKEY_WATCH_MS,
    refetchIntervalInBackground: true,
  });
  const fresh = useMemo(
    () => (watch.data ?? []).filter((m) => m.id && !known.has(m.id)),
    [watch.data, known],
  );
  // The clock ticks only while the watch waits: once the passkey is seen, nothing on show depends on it.
  const now = useNow(fresh.length === 0);
  const expired = expiresAt !== undefined && now > expiresAt;
  const names = useQuery({ ...aaguidNamesQuery(), enabled: fresh.length > 0 });
  const removePass = useDeleteMethod(user.id);
  const found = fresh.length > 0;
  // The page behind the dialog lists the new passkey too.
  useEffect(() => {
    if (found) void invalidateAfterMethodChange(client, user.id);
  }, [found, client, user.id]);

  if (!found && (expired || watch.failureCount >= 3))
    return (
      <Alert severity="warning" data-testid="passkey-watch" data-state="stopped">
        {expired
          ? `The pass has expired and no new passkey was seen: the watch stopped. Issue a new pass to try again.`
          : `The user's passkeys could not be read three times in a row: the watch stopped. Close this window and check the user's page.`}
      </Alert>
    );
  if (!found)
    return (
      <Stack spacing={1} data-testid="passkey-watch" data-state="waiting">
        <Typography variant="body2">
          Waiting for {name} to add a passkey: they sign in with the pass at My Sign-Ins (Security info, “Add
          sign-in method”, Passkey). This window checks every {PASSKEY_WATCH_MS / 1000} seconds
          {watch.dataUpdatedAt ? `; last checked ${new Date(watch.dataUpdatedAt).toLocaleTimeString()}` : ''}.
        </Typography>
        <LinearProgress aria-label="Waiting for the new passkey" />
        {watch.isError && <GraphErrorAlert error={watch.error} onRetry={() => void watch.refetch()} />}
        <Typography variant="caption" color="text.secondary">
          Closing this window stops the watch; the pass stays valid until it expires or is deleted.
        </Typography>
      </Stack>
    );

  return (
    <Stack spacing={1.5} data-testid="passkey-watch" data-state={removePass.isSuccess ? 'done' : 'found'}>
      {fresh.map((key) => {
        const identity = names.data ? classifyPasskey(key, names.data) : undefined;
        return (
          <Alert severity="success" key={key.id} data-testid="new-passkey" sx={{ overflowWrap: 'anywhere' }}>
            New passkey:{' '}
            <strong dir="auto" style={{ unicodeBidi: 'isolate' }}>
              {key.displayName || 'Passkey'}
            </strong>
            {identity &&
              ` (${[PASSKEY_CLASS_LABEL[identity.class], identity.name].filter(Boolean).join(': ')})`}
            , added {formatDateTime(key.createdDateTime)}.
          </Alert>
        );
      })}
      {removePass.isSuccess ? (
        <Alert severity="info" data-testid="onboarding-pass-deleted">
          The pass is deleted: {name} now signs in with the passkey.
        </Alert>
      ) : (
        <div>
          <Button
            variant="contained"
            disabled={removePass.isPending}
            onClick={() => removePass.mutate({ kind: 'temporaryAccessPass', methodId: passId })}
            data-testid="delete-onboarding-pass"
          >
            {removePass.isPending ? 'Deleting the pass…' : 'Delete the pass now'}
          </Button>
        </div>
      )}
      {removePass.isError && <GraphErrorAlert error={removePass.error} />}
    </Stack>
  );
}
