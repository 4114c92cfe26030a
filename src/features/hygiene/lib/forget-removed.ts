import type { BulkUserResult } from '../../../domain/auth-methods/bulk-delete.ts';
import { forgetMethods } from '../api/scan-store.ts';
import { methodKey } from './selection.ts';

/** Deleted (or already gone) methods leave the findings without a new scan. */
export function forgetRemoved(results: readonly BulkUserResult[]): void {
  const removed = results.flatMap((r) =>
    r.methods
      .filter((m) => m.outcome === 'deleted' || m.outcome === 'alreadyGone')
      .map((m) => methodKey({ userId: r.target.userId, methodId: m.methodId })),
  );
  forgetMethods(new Set(removed));
}
