import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import type { TapMethod } from '../../../domain/auth-methods/graph-method.ts';
import type { TapRequestBody } from '../lib/tap-options.ts';
import { settleAmbiguousWrite } from './ambiguous-write.ts';
import { invalidateAfterMethodChange, userPath } from '../../../domain/auth-methods/invalidate-user.ts';

// Graph's clock and the browser's may differ a little; a pass from minutes before this one is not it.
const CLOCK_SKEW_MS = 2 * 60_000;

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
  const path = `${userPath(userId)}/temporaryAccessPassMethods`;
  const sentAt = Date.now();
  let created: TapMethod;
  try {
    created = await graphRequest<TapMethod>(path, { method: 'POST', body, scopes: SCOPES.authMethodsWrite });
  } catch (error) {
    // A pass created just now means the POST landed, but its code was in the answer that was lost.
    await settleAmbiguousWrite(
      error,
      async () =>
        (await graphRequest<{ value: TapMethod[] }>(path, { scopes: SCOPES.authMethodsRead })).value.some(
          (t) => Date.parse(t.createdDateTime ?? '') >= sentAt - CLOCK_SKEW_MS,
        ),
      'Temporary Access Pass',
      'A fresh read shows the pass was created, but its code was in the answer that was lost: delete that pass on this page and issue a new one.',
    );
    throw error;
  }
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
    // After a lost answer the pass may exist anyway: the page shows it either way.
    onSettled: () => invalidateAfterMethodChange(client, userId),
  });
}
