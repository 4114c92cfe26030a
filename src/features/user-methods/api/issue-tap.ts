import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import type { TapMethod } from '../lib/graph-method.ts';
import type { TapRequestBody } from '../lib/tap-options.ts';
import { invalidateAfterMethodChange, userPath } from './invalidate-user.ts';

/** The issued pass without its code: what may be kept (TanStack stores mutation results). */
export interface IssuedTap {
  id: string;
  startDateTime: string | null;
  lifetimeInMinutes: number | null;
  isUsableOnce: boolean | null;
}

/**
 * `POST .../temporaryAccessPassMethods`. The code is in this response only: it goes straight to
 * `onPass` (component state) and the resolved value leaves it out, so no cache ever holds it.
 */
export async function createTemporaryAccessPass(
  userId: string,
  body: TapRequestBody,
  onPass: (code: string) => void,
): Promise<IssuedTap> {
  const created = await graphRequest<TapMethod>(`${userPath(userId)}/temporaryAccessPassMethods`, {
    method: 'POST',
    body,
    scopes: SCOPES.authMethodsWrite,
  });
  if (created.temporaryAccessPass) onPass(created.temporaryAccessPass);
  return {
    id: created.id ?? '',
    startDateTime: created.startDateTime ?? null,
    lifetimeInMinutes: created.lifetimeInMinutes ?? null,
    isUsableOnce: created.isUsableOnce ?? null,
  };
}

export function useIssueTap(userId: string, onPass: (code: string) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TapRequestBody) => createTemporaryAccessPass(userId, body, onPass),
    onSuccess: () => invalidateAfterMethodChange(client, userId),
  });
}
