import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphRequest } from '../../lib/graph/graph-client.ts';
import { GraphError } from '../../lib/graph/graph-error.ts';
import { userPath } from './invalidate-user.ts';
import { deleteSegmentOf, type MethodKind } from './method-catalogue.ts';

export interface DeleteMethodInput {
  kind: MethodKind;
  methodId: string;
}

/** `deleted`, or `alreadyGone` when Graph says 404: someone removed it meanwhile, which is the goal. */
export type DeleteOutcome = 'deleted' | 'alreadyGone';

/** `DELETE /users/{id}/authentication/{typeMethods}/{methodId}`: the type-specific path (§4.1 prefers it). */
export async function deleteUserMethod(
  userId: string,
  input: DeleteMethodInput,
  signal?: AbortSignal,
): Promise<DeleteOutcome> {
  const segment = deleteSegmentOf(input.kind);
  if (!segment) throw new Error(`A ${input.kind} method cannot be deleted.`);
  try {
    await graphRequest<void>(`${userPath(userId)}/${segment}/${encodeURIComponent(input.methodId)}`, {
      method: 'DELETE',
      scopes: SCOPES.authMethodsWrite,
      signal,
    });
    return 'deleted';
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return 'alreadyGone';
    throw error;
  }
}
