import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import type { DefaultMethodValue } from '../lib/default-method-options.ts';
import { invalidateAfterMethodChange, userPath } from '../../../domain/auth-methods/invalidate-user.ts';

/** Beta only: `PATCH .../authentication/signInPreferences` (docs/graph-notes.md §11.5), 204. */
export async function saveDefaultMethod(userId: string, value: DefaultMethodValue): Promise<void> {
  await graphRequest<void>(`${userPath(userId)}/signInPreferences`, {
    method: 'PATCH',
    version: 'beta',
    body: { userPreferredMethodForSecondaryAuthentication: value },
    scopes: SCOPES.authMethodsWrite,
  });
}

export function useSaveDefaultMethod(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (value: DefaultMethodValue) => saveDefaultMethod(userId, value),
    onSuccess: () => invalidateAfterMethodChange(client, userId),
  });
}
