import { dayOf } from '../history/snapshot.ts';
import { DEFAULT_SIGN_IN_WINDOW, type SignInScanState } from './sign-in-scan.ts';

const sectionName = (prefix: string, days: number) => `${prefix}${days}d`;

/**
 * The snapshot section a finished sign-in scan's figures go under, named by its window (`usedForMfa7d`), or
 * undefined while nothing whole is known: a scan still reading, cancelled or failed is never recorded, and
 * neither is one that finished on another day than its window ended (it belongs to no one day's snapshot).
 */
export function signInSectionName(prefix: string, scan: SignInScanState): string | undefined {
  if (scan.status !== 'done' || !scan.finishedAt || dayOf(scan.until) !== dayOf(scan.finishedAt))
    return undefined;
  return sectionName(prefix, scan.days);
}

/** The section the trends draw: the default window's, so that days compare like with like. */
export const trendSectionName = (prefix: string) => sectionName(prefix, DEFAULT_SIGN_IN_WINDOW);
