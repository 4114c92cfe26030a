import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import type { MethodRef, ScannedUser } from './finding-types.ts';
import { refOf } from './method-ref.ts';

export interface StaleMethod extends MethodRef {
  lastUsedDateTime: string;
  daysUnused: number;
}

export interface StaleFindings {
  /** Last used N or more days ago. */
  old: StaleMethod[];
  /** Graph gives no last-used date: not evidence of disuse, so kept apart from `old`. */
  unknown: MethodRef[];
}

const DAY_MS = 86_400_000;

/**
 * Methods unused for at least `days` days, from the beta `lastUsedDateTime`. The password is not a
 * candidate (it cannot be removed) and passes have their own finding; unknown types are kept.
 */
export function staleMethods(users: readonly ScannedUser[], now: number, days: number): StaleFindings {
  const old: StaleMethod[] = [];
  const unknown: MethodRef[] = [];
  for (const user of users) {
    for (const method of user.methods) {
      const kind = methodKindOf(method);
      if (kind === 'password' || kind === 'temporaryAccessPass' || !method.id) continue;
      const raw = method.lastUsedDateTime;
      const at = raw ? Date.parse(raw) : Number.NaN;
      if (!raw || Number.isNaN(at)) {
        unknown.push(refOf(user, method));
        continue;
      }
      const age = now - at;
      if (age >= days * DAY_MS)
        old.push({ ...refOf(user, method), lastUsedDateTime: raw, daysUnused: Math.floor(age / DAY_MS) });
    }
  }
  old.sort((a, b) => b.daysUnused - a.daysUnused);
  return { old, unknown };
}
