import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { deleteSegmentOf } from '../lib/method-actions.ts';
import type { MethodKind } from '../lib/method-kinds.ts';
import { invalidateAfterMethodChange, userPath } from './invalidate-user.ts';

export interface DeleteMethodInput {
  kind: MethodKind;
  methodId: string;
}

/** `deleted`, or `alreadyGone` when Graph says 404: someone removed it meanwhile, which is the goal. */
export type DeleteOutcome = 'deleted' | 'alreadyGone';

/** `DELETE /users/{id}/authentication/{typeMethods}/{methodId}`: the type-specific path (§4.1 prefers it). */
export async function deleteUserMethod(userId: string, input: DeleteMethodInput): Promise<DeleteOutcome> {
  const segment = deleteSegmentOf(input.kind);
  if (!segment) throw new Error(`A ${input.kind} method cannot be deleted.`);
  try {
    await graphRequest<void>(`${userPath(userId)}/${segment}/${encodeURIComponent(input.methodId)}`, {
      method: 'DELETE',
      scopes: SCOPES.authMethodsWrite,
    });
    return 'deleted';
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return 'alreadyGone';
    throw error;
  }
}

export function useDeleteMethod(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteMethodInput) => deleteUserMethod(userId, input),
    onSuccess: () => invalidateAfterMethodChange(client, userId),
  });
}
