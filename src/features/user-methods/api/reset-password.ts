import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet, graphRequestWithLocation } from '../../../lib/graph/graph-client.ts';
import { settleAmbiguousWrite } from './ambiguous-write.ts';
import { invalidateAfterMethodChange, userPath } from '../../../domain/auth-methods/invalidate-user.ts';
import { pause } from '../../../lib/graph/pause.ts';

const PASSWORD_METHOD_ID = '28c10230-6103-485e-b985-444c60001490';
export const POLL_INTERVAL_MS = 1000;
const MAX_POLLS = 120;

/**
 * v1.0 where the operator's role lets them reset this user there (reset-password-version.ts); beta, where
 * Helpdesk, Password and User Administrators may also reset, otherwise.
 */
export type ResetPasswordVersion = 'v1.0' | 'beta';

export type OperationStatus = 'notStarted' | 'running' | 'succeeded' | 'failed' | 'unknownFutureValue';

interface LongRunningOperation {
  status?: OperationStatus;
  statusDetail?: string | null;
}

export interface ResetPasswordInput {
  /** A getter, not the password: mutation variables live in TanStack's MutationCache. */
  readPassword?: () => string;
}

export interface ResetPasswordHooks {
  onStatus: (status: OperationStatus) => void;
  /** Called once, after the operation succeeded, with the system-generated password. */
  onGeneratedPassword: (password: string) => void;
}

export class PasswordResetFailedError extends Error {
  constructor(detail: string | null | undefined) {
    super(
      `Entra could not complete the password reset${detail ? ` (${detail})` : ''}. The password is unchanged.`,
    );
    this.name = 'PasswordResetFailedError';
  }
}

/**
 * `POST .../passwordMethods/{id}/resetPassword` answers 202 + Location; the operation is polled until
 * it succeeds or fails (docs/graph-notes.md §4.10). Resolves to the final status, never to a password.
 */
export async function resetUserPassword(
  userId: string,
  input: ResetPasswordInput,
  hooks: ResetPasswordHooks,
  pollIntervalMs = POLL_INTERVAL_MS,
  version: ResetPasswordVersion = 'beta',
): Promise<{ status: 'succeeded' | 'accepted' }> {
  const supplied = input.readPassword?.();
  const passwordPath = `${userPath(userId)}/passwordMethods/${PASSWORD_METHOD_ID}`;
  // v1.0 documents the reset on the methods collection (authenticationmethod-resetpassword.md).
  const resetPath =
    version === 'v1.0'
      ? `${userPath(userId)}/methods/${PASSWORD_METHOD_ID}/resetPassword`
      : `${passwordPath}/resetPassword`;
  // The password method's createdDateTime is when the password last changed: read before, so a lost answer
  // can be settled by reading it again.
  const changedAt = async () =>
    (await graphGet<{ createdDateTime?: string | null }>(passwordPath, { scopes: SCOPES.authMethodsRead }))
      .createdDateTime ?? null;
  const before = await changedAt().catch(() => undefined);
  let answer: { body: { newPassword?: string } | undefined; location: string | undefined };
  try {
    answer = await graphRequestWithLocation<{ newPassword?: string } | undefined>(resetPath, {
      method: 'POST',
      version,
      body: supplied === undefined ? {} : { newPassword: supplied },
      scopes: SCOPES.authMethodsWrite,
    });
  } catch (error) {
    await settleAmbiguousWrite(
      error,
      async () => {
        if (before === undefined) throw new Error('no earlier reading to compare with');
        return (await changedAt()) !== before;
      },
      'new password',
      supplied === undefined
        ? 'The password WAS reset, but the generated password was in the lost answer: reset it again to get one you can pass on.'
        : undefined,
    );
    // It happened, and the agent still has the password they typed: that is a success.
    hooks.onStatus('succeeded');
    return { status: 'succeeded' };
  }
  const { body, location } = answer;
  const generated = body?.newPassword;
  hooks.onStatus('notStarted');
  if (!location) {
    if (generated) hooks.onGeneratedPassword(generated);
    return { status: 'accepted' };
  }
  for (let i = 0; i < MAX_POLLS; i++) {
    await pause(pollIntervalMs);
    const operation = await graphGet<LongRunningOperation>(location, { scopes: SCOPES.authMethodsRead });
    const status = operation.status ?? 'running';
    hooks.onStatus(status);
    if (status === 'failed') throw new PasswordResetFailedError(operation.statusDetail);
    if (status === 'succeeded') {
      if (generated) hooks.onGeneratedPassword(generated);
      return { status: 'succeeded' };
    }
  }
  throw new Error('The password reset is still running after two minutes. Check the user again later.');
}

export function useResetPassword(
  userId: string,
  hooks: ResetPasswordHooks,
  pollIntervalMs?: number,
  version?: ResetPasswordVersion,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ResetPasswordInput) =>
      resetUserPassword(userId, input, hooks, pollIntervalMs, version),
    onSuccess: () => invalidateAfterMethodChange(client, userId),
  });
}
