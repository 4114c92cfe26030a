import type { DailyMfaSignIns, MethodSignIns } from '../api/sign-in-summaries.ts';
import { usageMethodLabel } from './usage-methods.ts';

export interface MethodSignInRow {
  method: string;
  label: string;
  count: number;
}

const count = (n: number | null | undefined) =>
  typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;

/** Methods with sign-ins, most used first; a method Graph names later is shown under its own name. */
export function methodSignInRows(items: readonly MethodSignIns[]): MethodSignInRow[] {
  return items
    .map((i) => ({
      method: i.authenticationMethod ?? '',
      label: usageMethodLabel(i.authenticationMethod),
      count: count(i.successActivityCount),
    }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export interface MfaShare {
  total: number;
  multiFactor: number;
  singleFactor: number;
  days: number;
}

const DAY = 86_400_000;

/**
 * Sign-ins of the last `days` UTC days, today included (the report gives one row per day, dated at midnight),
 * by factor. Days whose date does not parse are left out, not placed on a guess.
 */
export function mfaShare(rows: readonly DailyMfaSignIns[], days: number, now: number): MfaShare {
  const since = Math.floor(now / DAY) * DAY - (days - 1) * DAY;
  const share: MfaShare = { total: 0, multiFactor: 0, singleFactor: 0, days };
  for (const row of rows) {
    const at = row.createdDateTime ? Date.parse(row.createdDateTime) : NaN;
    if (!Number.isFinite(at) || at < since) continue;
    share.multiFactor += count(row.multiFactorSignIns);
    share.singleFactor += count(row.singleFactorSignIns);
    share.total += count(row.totalSignIns);
  }
  return share;
}
