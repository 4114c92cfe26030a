import type { BulkTarget } from '../../../domain/auth-methods/bulk-delete.ts';
import { deleteSegmentOf } from '../../../domain/auth-methods/method-catalogue.ts';

import type { MethodRef } from './finding-types.ts';

/** The selected methods grouped by user, in the order selected; kinds Graph cannot delete are left out. */
export function cleanupTargets(selected: readonly MethodRef[]): BulkTarget[] {
  const byUser = new Map<string, BulkTarget>();
  for (const ref of selected) {
    if (!deleteSegmentOf(ref.kind)) continue;
    const target = byUser.get(ref.userId) ?? {
      userId: ref.userId,
      userPrincipalName: ref.userPrincipalName,
      displayName: ref.userDisplayName,
      methods: [],
    };
    if (!target.methods.some((m) => m.methodId === ref.methodId))
      target.methods.push({ methodId: ref.methodId, kind: ref.kind, label: ref.label });
    byUser.set(ref.userId, target);
  }
  return [...byUser.values()];
}
