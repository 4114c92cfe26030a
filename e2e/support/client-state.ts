import type { Page } from '@playwright/test';

export interface ClientState {
  sessionStorage: string;
  localStorage: string;
  /** Every query's key and data, every mutation's variables and data, of the app's QueryClient. */
  queryCache: string;
  url: string;
}

/**
 * Runs in the page (self-contained: Playwright sends its source). The QueryClient is found through React's
 * fiber tree (QueryClientProvider's `client` prop): the app exposes nothing for tests.
 */
function snapshot(): ClientState {
  interface Entry {
    queryKey?: unknown;
    state: { data?: unknown; variables?: unknown; error?: unknown };
  }
  interface Client {
    getQueryCache(): { getAll(): Entry[] };
    getMutationCache(): { getAll(): Entry[] };
  }
  interface Fiber {
    child: Fiber | null;
    sibling: Fiber | null;
    memoizedProps?: { client?: Partial<Client> };
  }
  const container = document.getElementById('root') as unknown as Record<string, Fiber>;
  const rootKey = Object.keys(container ?? {}).find((k) => k.startsWith('__reactContainer$'));
  const stack: Fiber[] = rootKey ? [container[rootKey]!] : [];
  let client: Client | undefined;
  while (stack.length && !client) {
    const fiber = stack.pop()!;
    const candidate = fiber.memoizedProps?.client;
    if (candidate?.getQueryCache && candidate.getMutationCache) client = candidate as Client;
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  if (!client) throw new Error('no QueryClient in the React tree');
  const dropFunctions = (_key: string, value: unknown) => (typeof value === 'function' ? undefined : value);
  const { getQueryCache, getMutationCache } = client;
  return {
    // Leaves out this helper's own earlier snapshot (snapshotOnPageHide).
    sessionStorage: JSON.stringify({ ...sessionStorage, 'e2e:state-at-pagehide': undefined }),
    localStorage: JSON.stringify({ ...localStorage }),
    queryCache: JSON.stringify(
      [
        ...getQueryCache
          .call(client)
          .getAll()
          .map((q) => [q.queryKey, q.state.data, String(q.state.error ?? '')]),
        ...getMutationCache
          .call(client)
          .getAll()
          .map((m) => [m.state.variables, m.state.data, String(m.state.error ?? '')]),
      ],
      dropFunctions,
    ),
    url: location.href,
  };
}

/** Every IndexedDB database of the origin, every store's records, serialised. */
function dumpIndexedDb(): Promise<string> {
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  return (async () => {
    const out: unknown[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of db.objectStoreNames)
        out.push([name, store, await request(db.transaction(store).objectStore(store).getAll())]);
      db.close();
    }
    return JSON.stringify(out);
  })();
}

/** Everything a page keeps outside its components, serialised, so a test can look for a secret in it. */
export async function readClientState(page: Page): Promise<ClientState & { indexedDb: string }> {
  return { ...(await page.evaluate(snapshot)), indexedDb: await page.evaluate(dumpIndexedDb) };
}

const PAGEHIDE_KEY = 'e2e:state-at-pagehide'; // also named in snapshot(), which must be self-contained

/**
 * Takes the snapshot as each app page is left (a sign-out's redirect included: Playwright cannot evaluate in
 * a page whose navigation is pending) and keeps it in the tab's sessionStorage for `stateAtLastPageHide`.
 */
export async function snapshotOnPageHide(page: Page): Promise<void> {
  await page.addInitScript({
    content: `addEventListener('pagehide', () => {
      if (!document.getElementById('root')) return;
      try { sessionStorage.setItem(${JSON.stringify(PAGEHIDE_KEY)}, JSON.stringify((${snapshot.toString()})())); }
      catch (error) { sessionStorage.setItem(${JSON.stringify(PAGEHIDE_KEY)}, JSON.stringify({ error: String(error) })); }
    });`,
  });
}

/** The snapshot of the app page last left, removed from sessionStorage so later reads do not see it. */
export async function stateAtLastPageHide(page: Page): Promise<ClientState> {
  const text = await page.evaluate((key) => {
    const value = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    return value;
  }, PAGEHIDE_KEY);
  if (!text) throw new Error('no snapshot was taken when the page was left');
  const state = JSON.parse(text) as ClientState & { error?: string };
  if (state.error) throw new Error(`snapshot at pagehide failed: ${state.error}`);
  return state;
}
