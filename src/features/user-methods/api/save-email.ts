import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { invalidateAfterMethodChange, userPath } from './invalidate-user.ts';

/** The email method's well-known id (graph-contract.md §4.0): a user has at most one. */
export const EMAIL_METHOD_ID = '3ddfcfc8-9383-446f-83cc-3ab9be4be18f';

export interface SaveEmailInput {
  emailAddress: string;
  /** An existing email gets its address replaced (PATCH) instead of a second POST. */
  replace: boolean;
}

export async function saveEmailMethod(userId: string, input: SaveEmailInput): Promise<void> {
  const base = `${userPath(userId)}/emailMethods`;
  await graphRequest<unknown>(input.replace ? `${base}/${EMAIL_METHOD_ID}` : base, {
    method: input.replace ? 'PATCH' : 'POST',
    body: { emailAddress: input.emailAddress },
    scopes: SCOPES.authMethodsWrite,
  });
}

export function useSaveEmail(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveEmailInput) => saveEmailMethod(userId, input),
    onSuccess: () => invalidateAfterMethodChange(client, userId),
  });
}
