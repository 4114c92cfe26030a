import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { settleAmbiguousWrite } from './ambiguous-write.ts';
import { invalidateAfterMethodChange, userPath } from '../../../domain/auth-methods/invalidate-user.ts';

/** The email method's well-known id (docs/graph-notes.md §4.0): a user has at most one. */
export const EMAIL_METHOD_ID = '3ddfcfc8-9383-446f-83cc-3ab9be4be18f';

export interface SaveEmailInput {
  emailAddress: string;
  /** An existing email gets its address replaced (PATCH) instead of a second POST. */
  replace: boolean;
}

export async function saveEmailMethod(userId: string, input: SaveEmailInput): Promise<void> {
  const base = `${userPath(userId)}/emailMethods`;
  try {
    await graphRequest<unknown>(input.replace ? `${base}/${EMAIL_METHOD_ID}` : base, {
      method: input.replace ? 'PATCH' : 'POST',
      body: { emailAddress: input.emailAddress },
      scopes: SCOPES.authMethodsWrite,
    });
  } catch (error) {
    if (input.replace) throw error;
    // The user had no email method before: one now means the POST landed.
    await settleAmbiguousWrite(
      error,
      async () =>
        (await graphRequest<{ value: unknown[] }>(base, { scopes: SCOPES.authMethodsRead })).value.length > 0,
      'email method',
    );
  }
}

export function useSaveEmail(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveEmailInput) => saveEmailMethod(userId, input),
    onSuccess: () => invalidateAfterMethodChange(client, userId),
  });
}
