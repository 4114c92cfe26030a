// Row 4: the requests a user's page costs after sign-in, for a user with 8 authentication methods.
import { request, type Browser, type Page } from '@playwright/test';
import { freshAppPage, isGraphUrl, mintToken, QUIET_PAGE, signIn, type AppServer } from './browser-kit.ts';

interface Listed<T> {
  value: T[];
}

// Collections whose methods a Global Administrator may delete, by `@odata.type`.
const DELETABLE: Record<string, string> = {
  '#microsoft.graph.emailAuthenticationMethod': 'emailMethods',
  '#microsoft.graph.softwareOathAuthenticationMethod': 'softwareOathMethods',
  '#microsoft.graph.fido2AuthenticationMethod': 'fido2Methods',
  '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod': 'microsoftAuthenticatorMethods',
  '#microsoft.graph.temporaryAccessPassAuthenticationMethod': 'temporaryAccessPassMethods',
};

/** The bench's own tenant: a user with more methods loses deletable ones until exactly `count` remain. */
async function trimMethods(server: AppServer, id: string, count: number): Promise<number> {
  const ctx = await request.newContext({
    baseURL: server.emulatorUrl,
    ignoreHTTPSErrors: true,
    extraHTTPHeaders: { Authorization: `Bearer ${await mintToken(server.emulatorUrl, 'global-admin')}` },
  });
  try {
    const methods = (
      (await (await ctx.get(`/v1.0/users/${id}/authentication/methods`)).json()) as Listed<{
        id: string;
        '@odata.type': string;
      }>
    ).value;
    let left = methods.length;
    for (const method of methods) {
      const collection = DELETABLE[method['@odata.type']];
      if (left === count || !collection) continue;
      const response = await ctx.delete(`/v1.0/users/${id}/authentication/${collection}/${method.id}`);
      if (response.ok()) left--;
    }
    return left;
  } finally {
    await ctx.dispose();
  }
}

/** A user with exactly `count` methods (the nearest above, trimmed), found through Graph as a reader would. */
async function userWithMethods(
  server: AppServer,
  count: number,
): Promise<{ id: string; upn: string; methods: number }> {
  const token = await mintToken(server.emulatorUrl, 'global-reader');
  const ctx = await request.newContext({
    baseURL: server.emulatorUrl,
    ignoreHTTPSErrors: true,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  try {
    const page = (await (
      await ctx.get(
        '/v1.0/reports/authenticationMethods/userRegistrationDetails?$select=id,isAdmin,methodsRegistered&$top=999',
      )
    ).json()) as Listed<{ id: string; isAdmin: boolean; methodsRegistered: string[] }>;
    // Registered methods leave out the password (and count a phone once): nearest to count - 1 first.
    const candidates = page.value
      .filter((r) => !r.isAdmin)
      .sort(
        (a, b) =>
          Math.abs(a.methodsRegistered.length - (count - 1)) -
          Math.abs(b.methodsRegistered.length - (count - 1)),
      );
    let best: { id: string; methods: number } | undefined;
    for (const row of candidates.slice(0, 300)) {
      const methods = (await (
        await ctx.get(`/v1.0/users/${row.id}/authentication/methods`)
      ).json()) as Listed<unknown>;
      const n = methods.value.length;
      if (n === count || (n > count && (!best || n < best.methods))) best = { id: row.id, methods: n };
      if (n === count) break;
    }
    if (!best) throw new Error(`no user with ${count} or more methods among the first page`);
    const user = (await (await ctx.get(`/v1.0/users/${best.id}?$select=userPrincipalName`)).json()) as {
      userPrincipalName: string;
    };
    const methods = best.methods > count ? await trimMethods(server, best.id, count) : best.methods;
    return { id: best.id, methods, upn: user.userPrincipalName };
  } finally {
    await ctx.dispose();
  }
}

export interface RequestCount {
  graphHttp: number;
  insideBatches: number;
  authorityHttp: number;
  /** Each request as `METHOD /path`, to name what the counts are made of. */
  requests: string[];
}

/**
 * Counts the emulator requests from now on; `settled` resolves once they stop for a second. Playwright's
 * `networkidle` cannot tell: it is reached once per document, and in-app navigation keeps the document.
 */
function countRequests(
  page: Page,
  emulatorUrl: string,
): { count: RequestCount; settled: () => Promise<void> } {
  const count: RequestCount = { graphHttp: 0, insideBatches: 0, authorityHttp: 0, requests: [] };
  let inFlight = 0;
  let lastActivity = Date.now();
  const done = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('request', (r) => {
    inFlight++;
    lastActivity = Date.now();
    if (!r.url().startsWith(emulatorUrl) || r.method() === 'OPTIONS') return;
    const path = new URL(r.url()).pathname;
    // The search box's own lookups find the user; they are not the page's cost.
    if (path === '/v1.0/users') return;
    count.requests.push(`${r.method()} ${path}`);
    if (!isGraphUrl(r.url(), emulatorUrl)) return void count.authorityHttp++;
    count.graphHttp++;
    if (/\/\$batch$/.test(path))
      count.insideBatches += ((r.postDataJSON() as { requests?: unknown[] }).requests ?? []).length;
  });
  const settled = async () => {
    while (inFlight > 0 || Date.now() - lastActivity < 1000) await page.waitForTimeout(100);
    page.removeAllListeners('request');
    page.removeAllListeners('requestfinished');
    page.removeAllListeners('requestfailed');
  };
  return { count, settled };
}

export interface UserPageResult {
  methods: number;
  /** Opening the page from the search box, as a helpdesk agent does. */
  inApp: RequestCount;
  /** Loading /users/:id afresh (a bookmark, a reload): MSAL and the shell start over too. */
  fullLoad: RequestCount;
}

export async function measureUserPage(browser: Browser, server: AppServer): Promise<UserPageResult> {
  const user = await userWithMethods(server, 8);
  const { context, page } = await freshAppPage(browser, server.appUrl);
  await signIn(page, 'global-reader', QUIET_PAGE);
  await page.waitForLoadState('networkidle');

  const inApp = countRequests(page, server.emulatorUrl);
  await page.getByRole('combobox', { name: 'Search users' }).fill(user.upn);
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.waitForURL(`**/users/${user.id}`);
  await inApp.settled();

  const fullLoad = countRequests(page, server.emulatorUrl);
  await page.goto(`/users/${user.id}`);
  await fullLoad.settled();
  await context.close();
  return { methods: user.methods, inApp: inApp.count, fullLoad: fullLoad.count };
}
