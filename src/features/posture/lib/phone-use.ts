import type { RetirementUser } from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { usedKind } from '../../../domain/sign-ins/sign-in-scan.ts';

/** Outcomes the policy's scope decides and knows: the users the retirement reaches. */
const OUT_OF_SCOPE = new Set(['notInScope', 'scopeUnknown']);

/**
 * The users in the retirement's scope who used SMS or voice (a phone, first step or second) in the scanned
 * window: who will notice the change first. Users whose scope is unknown are left out, not guessed at.
 */
export function phoneUsersInScope(
  users: readonly RetirementUser[],
  usage: ReadonlyMap<string, number>,
): { inScope: number; used: RetirementUser[] } {
  let inScope = 0;
  const used: RetirementUser[] = [];
  for (const user of users) {
    if (OUT_OF_SCOPE.has(user.outcome.outcome)) continue;
    inScope += 1;
    if (user.row.id && usedKind(usage.get(user.row.id), 'phone')) used.push(user);
  }
  return { inScope, used };
}

/** The snapshot prefix of the phone-use counts; the section is named by its window (`smsVoiceUse7d`). */
export const PHONE_USE_SECTION = 'smsVoiceUse';

/** A snapshot's phone-use section: users in the retirement's scope, and those of them who used SMS or voice. */
export function phoneUseFigures(result: {
  inScope: number;
  used: readonly unknown[];
}): Record<string, number> {
  return { inScope: result.inScope, used: result.used.length };
}
