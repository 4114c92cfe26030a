import { randomUUID } from 'node:crypto';
import { request, type APIRequestContext } from '@playwright/test';
import { E2E_EMULATOR_URL } from '../../playwright.config.ts';

export type PersonaId =
  | 'helpdesk'
  | 'privileged-helpdesk'
  | 'security-lead'
  | 'global-reader'
  | 'global-admin'
  | 'helpdesk-admin'
  | 'password-admin'
  | 'user-admin'
  | 'unit-helpdesk'
  | 'custom-role'
  | 'no-role';

async function api(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: E2E_EMULATOR_URL, ignoreHTTPSErrors: true });
}

/**
 * A Graph token for a persona, minted by the control API: the tests' way to read the emulator's own numbers.
 * Each token is for an app of its own, so the tests' reads never spend the reports budget of the app under test
 * or of each other.
 */
export async function tokenFor(persona: PersonaId, options: { mfa?: boolean } = {}): Promise<string> {
  const ctx = await api();
  const response = await ctx.post('/__emulator/token', {
    data: { persona, appId: `e2e-reader-${randomUUID()}`, ...(options.mfa ? { mfaMinutesAgo: 0 } : {}) },
  });
  if (!response.ok()) throw new Error(`token for ${persona}: ${response.status()}`);
  const { access_token } = (await response.json()) as { access_token: string };
  await ctx.dispose();
  return access_token;
}

export async function graphAs<T>(
  persona: PersonaId,
  path: string,
  version: 'v1.0' | 'beta' = 'v1.0',
): Promise<T> {
  const token = await tokenFor(persona);
  const ctx = await api();
  const response = await ctx.get(`/${version}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as T;
  await ctx.dispose();
  return body;
}

/**
 * Ends a user's refresh tokens and browser sessions now, as an administrator's revokeSignInSessions does:
 * Graph then challenges the tokens of their CP1 clients (Continuous Access Evaluation).
 */
export async function revokeSessions(user: string): Promise<void> {
  const ctx = await api();
  const response = await ctx.post('/__emulator/revoke', { data: { user } });
  if (!response.ok()) throw new Error(`revoke: ${response.status()} ${await response.text()}`);
  await ctx.dispose();
}

/** What an administrator's tenant-wide consent does for one app's scopes (the control API stands in for them). */
export async function grantConsent(appId: string, scopes: string[]): Promise<void> {
  const ctx = await api();
  const response = await ctx.post('/__emulator/consent', { data: { clientId: appId, grant: scopes } });
  if (!response.ok()) throw new Error(`consent: ${response.status()} ${await response.text()}`);
  await ctx.dispose();
}

/** A user signs in with one of their methods now (a second factor after a password, unless it signs in alone). */
export async function appendSignIn(
  user: string,
  method: string,
): Promise<{ id: string; createdDateTime: string }> {
  const ctx = await api();
  const response = await ctx.post('/__emulator/sign-ins', { data: { user, method, mfa: true } });
  if (!response.ok()) throw new Error(`sign-in: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as { id: string; createdDateTime: string };
  await ctx.dispose();
  return body;
}

/** The user registers a passkey themselves now, as after signing in with a Temporary Access Pass. */
export async function registerPasskey(user: string, aaGuid: string): Promise<{ id: string }> {
  const ctx = await api();
  const response = await ctx.post('/__emulator/passkeys', { data: { user, aaGuid } });
  if (!response.ok()) throw new Error(`passkey: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as { id: string };
  await ctx.dispose();
  return body;
}

/** Flips one of the emulator's switches for behaviour the docs leave unconfirmed (README, control API). */
export async function setEmulatorOptions(options: Record<string, unknown>): Promise<void> {
  const ctx = await api();
  const response = await ctx.post('/__emulator/options', { data: options });
  if (!response.ok()) throw new Error(`options: ${response.status()} ${await response.text()}`);
  await ctx.dispose();
}

/** Makes the next matching Graph requests of one app fail (see the control API's faults in the README). */
export async function injectFault(rule: Record<string, unknown>): Promise<void> {
  const ctx = await api();
  const response = await ctx.post('/__emulator/faults', { data: rule });
  if (!response.ok()) throw new Error(`fault: ${response.status()} ${await response.text()}`);
  await ctx.dispose();
}

/**
 * The Overview's feature summary answers 429 `times` times (twice unless told), with Retry-After hidden from
 * scripts as Graph hides it by default: the page must wait, say so, and recover by itself. A test that looks
 * at the waiting page asks for more, so that the page is still waiting whatever the machine's pace.
 */
export const throttleFeatureSummary = (appId: string, times = 2) =>
  injectFault({
    appId,
    path: '^/reports/authenticationMethods/usersRegisteredByFeature',
    status: 429,
    retryAfter: null,
    count: times,
  });

/**
 * An administrator withdraws consent for some Graph scopes of one app; `omit` makes Entra issue tokens without
 * them (Graph then answers 403), `consent_required` makes it refuse silent renewals (AADSTS65001).
 */
export async function revokeConsent(
  appId: string,
  scopes: string[],
  answer: 'omit' | 'consent_required',
): Promise<void> {
  const ctx = await api();
  const response = await ctx.post('/__emulator/consent', {
    data: { clientId: appId, revoke: scopes, answer },
  });
  if (!response.ok()) throw new Error(`consent: ${response.status()} ${await response.text()}`);
  await ctx.dispose();
}

/** Injected faults not yet used up, of one app: a test can prove its fault was really met. */
export async function pendingFaults(appId: string): Promise<unknown[]> {
  const ctx = await api();
  const response = await ctx.get('/__emulator/faults');
  const { pending } = (await response.json()) as { pending: { appId?: string }[] };
  await ctx.dispose();
  return pending.filter((f) => f.appId === appId);
}

/** One token and one connection for many reads: scanning users one `graphAs` at a time is slow. */
export async function graphReader(persona: PersonaId) {
  const token = await tokenFor(persona);
  const ctx = await api();
  const get = async <T>(path: string, version: 'v1.0' | 'beta' = 'v1.0'): Promise<T> => {
    const response = await ctx.get(`/${version}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    get,
    /** Every page of a v1.0 collection, following its nextLinks. */
    all: async <T>(first: string): Promise<T[]> => {
      const out: T[] = [];
      let link: string | undefined = first;
      while (link) {
        const page: { value: T[]; '@odata.nextLink'?: string } = await get(
          link.replace(/^https:\/\/[^/]+\/v1\.0/, ''),
        );
        out.push(...page.value);
        link = page['@odata.nextLink'];
      }
      return out;
    },
    dispose: () => ctx.dispose(),
  };
}

/**
 * Sends any Graph request as a persona and returns only the status: for probing what Graph would allow an
 * operator who has just completed MFA (each probe's token is new, so Graph's 10-minute window never lapses).
 */
export async function graphStatusProbe(persona: PersonaId) {
  const ctx = await api();
  return {
    status: async (
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
      path: string,
      body?: unknown,
      version: 'v1.0' | 'beta' = 'v1.0',
    ): Promise<number> => {
      const token = await tokenFor(persona, { mfa: true });
      const response = await ctx.fetch(`/${version}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}` },
        ...(body === undefined ? {} : { data: body }),
      });
      return response.status();
    },
    dispose: () => ctx.dispose(),
  };
}

/** The SMS and voice policy's shapes through the control API (emulator/tenant/phone-policy.ts); `{}` reads them. */
export async function phonePolicy(body: Record<string, unknown> = {}) {
  const ctx = await api();
  const response = await ctx.post('/__emulator/phone-policy', { data: body });
  if (!response.ok()) throw new Error(`phone-policy: ${response.status()} ${await response.text()}`);
  const policy = (await response.json()) as {
    sms: {
      includeTargets: { id: string; targetType: string; isUsableForSignIn?: boolean }[];
      excludeTargets: { id: string; targetType: string }[];
    };
    voice: { includeTargets: { id: string; targetType: string }[] };
  };
  await ctx.dispose();
  return policy;
}

/** Changes the Sms configuration through Graph, as an administrator holding Policy.ReadWrite.AuthenticationMethod. */
export async function patchSmsPolicy(body: Record<string, unknown>): Promise<void> {
  const ctx = await api();
  const minted = await ctx.post('/__emulator/token', {
    data: {
      persona: 'global-admin',
      appId: `e2e-policy-${randomUUID()}`,
      scopes: ['Policy.ReadWrite.AuthenticationMethod'],
    },
  });
  const { access_token } = (await minted.json()) as { access_token: string };
  const response = await ctx.fetch(
    '/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Sms',
    {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${access_token}` },
      data: { '@odata.type': '#microsoft.graph.smsAuthenticationMethodConfiguration', ...body },
    },
  );
  if (response.status() !== 204) throw new Error(`PATCH Sms: ${response.status()} ${await response.text()}`);
  await ctx.dispose();
}

/** Sends a Graph write as a persona (a fresh MFA, as credential writes need) and returns its status and body. */
export async function graphSend<T = unknown>(
  persona: PersonaId,
  method: 'POST' | 'PATCH',
  path: string,
  body: unknown,
): Promise<{ status: number; body: T | undefined }> {
  const token = await tokenFor(persona, { mfa: true });
  const ctx = await api();
  const response = await ctx.fetch(`/v1.0${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}` },
    data: body,
  });
  const text = await response.text();
  await ctx.dispose();
  return { status: response.status(), body: text ? (JSON.parse(text) as T) : undefined };
}
