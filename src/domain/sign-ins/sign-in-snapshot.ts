import { dayOf } from '../history/snapshot.ts';
import { DEFAULT_SIGN_IN_WINDOW, type SignInScanState } from './sign-in-scan.ts';

const sectionName = (prefix: string, days: number) => `${prefix}${days}d`;

/**
 * The snapshot section a finished sign-in scan's figures go under, named by its window (`usedForMfa7d`), or
 * undefined while nothing whole is known: a scan still reading, cancelled or failed is never recorded, and
 * neither is one whose window did not end and finish `today` (a read from an earlier day, in a tab left open,
 * belongs to no snapshot of today's).
 */
export function signInSectionName(prefix: string, scan: SignInScanState, today: string): string | undefined {
  if (scan.status !== 'done' || !scan.finishedAt) return undefined;
  if (dayOf(scan.until) !== today || dayOf(scan.finishedAt) !== today) return undefined;
  return sectionName(prefix, scan.days);
}

/** The section the trends draw: the default window's, so that days compare like with like. */
export const trendSectionName = (prefix: string) => sectionName(prefix, DEFAULT_SIGN_IN_WINDOW);
