import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { PHONE_ID } from '../lib/phone-number.ts';
import { invalidateAfterMethodChange, userPath } from '../../../domain/auth-methods/invalidate-user.ts';

/** `POST .../phoneMethods/{mobile}/enableSmsSignIn | disableSmsSignIn` (docs/graph-notes.md §4.2), no body. */
export async function setSmsSignIn(userId: string, enable: boolean): Promise<void> {
  const action = enable ? 'enableSmsSignIn' : 'disableSmsSignIn';
  await graphRequest<void>(`${userPath(userId)}/phoneMethods/${PHONE_ID.mobile}/${action}`, {
    method: 'POST',
    scopes: SCOPES.authMethodsWrite,
  });
}

export function useSetSmsSignIn(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (enable: boolean) => setSmsSignIn(userId, enable),
    onSuccess: () => invalidateAfterMethodChange(client, userId),
  });
}
