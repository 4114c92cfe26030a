import type { TapMethod } from '../../../domain/auth-methods/graph-method.ts';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import type { MethodRef, ScannedUser } from './finding-types.ts';
import { refOf } from './method-ref.ts';

export type TapState = 'active' | 'notYetValid' | 'expired' | 'used' | 'disabled';

export interface ValidTap extends MethodRef {
  state: 'active' | 'notYetValid';
  startsAt: string;
  endsAt: string;
  isUsableOnce: boolean;
}

/**
 * Graph's own verdict when it sends one (computed on Graph's clock, which is the one that counts);
 * otherwise the pass's window [start, start + lifetime) against `now`. The reason is read
 * case-insensitively (docs/graph-notes.md §4.7).
 */
export function tapState(tap: TapMethod, now: number): TapState {
  const reason = tap.methodUsabilityReason?.toLowerCase();
  if (reason === 'onetimeused') return 'used';
  if (reason === 'expired') return 'expired';
  if (reason === 'disabledbypolicy') return 'disabled';
  if (reason === 'notyetvalid') return 'notYetValid';
  if (reason === 'enabledbypolicy') return 'active';
  const { start, end } = windowOf(tap);
  if (Number.isNaN(start)) return 'active';
  if (now < start) return 'notYetValid';
  return now < end ? 'active' : 'expired';
}

function windowOf(tap: TapMethod): { start: number; end: number } {
  const start = Date.parse(tap.startDateTime ?? tap.createdDateTime ?? '');
  return { start, end: start + (tap.lifetimeInMinutes ?? 0) * 60_000 };
}

const iso = (ms: number) => (Number.isNaN(ms) ? '' : new Date(ms).toISOString());

/** Passes that let someone sign in now or later: each one is a credential outstanding. */
export function validTaps(users: readonly ScannedUser[], now: number): ValidTap[] {
  const found: ValidTap[] = [];
  for (const user of users) {
    for (const method of user.methods) {
      if (methodKindOf(method) !== 'temporaryAccessPass' || !method.id) continue;
      const tap = method as TapMethod;
      const state = tapState(tap, now);
      if (state !== 'active' && state !== 'notYetValid') continue;
      const { start, end } = windowOf(tap);
      found.push({
        ...refOf(user, method),
        state,
        startsAt: iso(start),
        endsAt: iso(end),
        isUsableOnce: tap.isUsableOnce ?? false,
      });
    }
  }
  return found;
}
