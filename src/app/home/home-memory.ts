import { SESSION_KEYS } from '../../domain/session/session-memory.ts';
import type { HomeKind } from './home-kind.ts';

/**
 * What the app remembers of an operator between page loads. The kind of home their roles gave, in this tab's
 * session (as MSAL's own cache is), so that a helpdesk agent's reload asks Graph for no report before their
 * roles are read again. The page they were on last, by path alone, in the browser: one of the app's own
 * addresses, never a query string (filters can hold names), never anything Graph said.
 */
const LAST_PAGE_KEY = 'last-page';

/** Storage may be blocked or full: then nothing is remembered, and the app decides again next time. */
function safely<T>(act: () => T): T | undefined {
  try {
    return act();
  } catch {
    return undefined;
  }
}

// A path of the app's own, which is neither MSAL's nor Graph's: the one thing kept past the tab.
// eslint-disable-next-line no-restricted-globals
const browser = () => localStorage;

export function rememberedHome(): HomeKind | undefined {
  const kind = safely(() => sessionStorage.getItem(SESSION_KEYS.homeKind));
  return kind === 'reports' || kind === 'helpdesk' || kind === 'both' ? kind : undefined;
}

export const rememberHome = (kind: HomeKind) =>
  void safely(() => sessionStorage.setItem(SESSION_KEYS.homeKind, kind));

/** The app's pages that are a place to come back to: not a user's page (a call ends), not an address elsewhere. */
const isPlace = (path: string) => /^\/[a-z-]*$/.test(path);

export function lastPage(): string | undefined {
  const path = safely(() => browser().getItem(LAST_PAGE_KEY));
  return path && isPlace(path) ? path : undefined;
}

export function rememberLastPage(pathname: string): void {
  if (isPlace(pathname)) safely(() => browser().setItem(LAST_PAGE_KEY, pathname));
}
