import type { HomeKind } from './home-kind.ts';

/**
 * What the app remembers of an operator between page loads. The kind of home their roles gave, in this tab's
 * session (as MSAL's own cache is), so that a helpdesk agent's reload asks Graph for no report before their
 * roles are read again. The page they were on last, by path alone, in the browser: one of the app's own
 * addresses, never a query string (filters can hold names), never anything Graph said.
 */
const HOME_KEY = 'home-kind';
const LAST_PAGE_KEY = 'last-page';
const KINDS: readonly string[] = ['reports', 'helpdesk', 'both'];

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null; // storage blocked: nothing remembered
  }
}

function write(storage: () => Storage, key: string, value: string): void {
  try {
    storage().setItem(key, value);
  } catch {
    // Storage full or blocked: the app decides again next time.
  }
}

const session = () => sessionStorage;
// A path of the app's own, which is neither MSAL's nor Graph's: the one thing kept past the tab.
// eslint-disable-next-line no-restricted-globals
const browser = () => localStorage;

export function rememberedHome(): HomeKind | undefined {
  const kind = read(session, HOME_KEY);
  return kind && KINDS.includes(kind) ? (kind as HomeKind) : undefined;
}

export function rememberHome(kind: HomeKind): void {
  write(session, HOME_KEY, kind);
}

/** Signing out: the next operator in this tab may hold other roles. */
export function forgetHome(): void {
  try {
    sessionStorage.removeItem(HOME_KEY);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/** The app's pages that are a place to come back to: not a user's page (a call ends), not an address elsewhere. */
const isPlace = (path: string) => /^\/[a-z-]*$/.test(path);

export function lastPage(): string | undefined {
  const path = read(browser, LAST_PAGE_KEY);
  return path && isPlace(path) ? path : undefined;
}

export function rememberLastPage(pathname: string): void {
  if (isPlace(pathname)) write(browser, LAST_PAGE_KEY, pathname);
}
