import { reportSessionChallenge } from '../auth/session-challenge.ts';
import { askConsentIfMissing } from './consent-check.ts';
import { getToken } from '../auth/token-provider.ts';
import type { AppConfig } from '../config.ts';
import { readClaimsChallenge } from './claims-challenge.ts';
import {
  graphErrorFrom,
  networkGraphError,
  undecodableChallengeError,
  UntrustedGraphUrlError,
} from './graph-error.ts';
import { noteReportsPacerWait } from './reports-pacer-status.ts';
import { pacerNamed, slotsOf, type PacerName } from './pacers.ts';

export type GraphVersion = 'v1.0' | 'beta';

export interface GraphRequestOptions {
  scopes: readonly string[];
  version?: GraphVersion;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * The pacer this request counts against (a batch: once per inner request), for limits Graph does not tell
   * the app about before a 429 (src/lib/graph/pacers.ts). Report reads always count against `reports`.
   */
  pacer?: PacerName;
  /** Told when a pacer holds this request back (true) and releases it (false). */
  onPacerWait?: (waiting: boolean) => void;
}

let baseUrl = '';

export function configureGraphClient(config: Pick<AppConfig, 'graphBaseUrl'>): void {
  baseUrl = config.graphBaseUrl;
}

/** The configured Graph's base, for the object URLs Graph takes in `@odata.bind` bodies. */
export const graphBaseUrl = () => baseUrl;

/**
 * Relative paths get the base and version. Absolute URLs (nextLink, Location, operation URLs) are used as Graph
 * gave them, only on the configured Graph's origin: the bearer token goes nowhere else.
 */
function urlFor(pathOrUrl: string, version: GraphVersion): string {
  if (!/^[a-z][a-z\d+.-]*:/i.test(pathOrUrl))
    return `${baseUrl}/${version}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
  const graphOrigin = new URL(baseUrl).origin;
  if (!URL.canParse(pathOrUrl) || new URL(pathOrUrl).origin !== graphOrigin)
    throw new UntrustedGraphUrlError(pathOrUrl, graphOrigin);
  return pathOrUrl;
}

/** The app's only caller of fetch: adds the token, a client-request-id, and throws GraphError on failure. */
export async function graphRequest<T>(pathOrUrl: string, options: GraphRequestOptions): Promise<T> {
  return (await send<T>(pathOrUrl, options)).body;
}

/**
 * For long-running operations (resetPassword answers 202 + Location): the body and the `Location`
 * header, which Graph's CORS exposes to scripts (docs/graph-notes.md §8.4).
 */
export async function graphRequestWithLocation<T>(
  pathOrUrl: string,
  options: GraphRequestOptions,
): Promise<{ body: T; location: string | undefined }> {
  const { body, headers } = await send<T>(pathOrUrl, options);
  return { body, location: headers.get('Location') ?? undefined };
}

async function send<T>(
  pathOrUrl: string,
  options: GraphRequestOptions,
): Promise<{ body: T; headers: Headers }> {
  const url = urlFor(pathOrUrl, options.version ?? 'v1.0');
  let token = await getToken(options.scopes);
  // Paced after the token: a token refresh can take long enough to shift the request past Graph's window.
  const slots = slotsOf(url, options.body, options.pacer);
  const answered: (() => void)[] = [];
  for (const [name, count] of slots) {
    let holding = false;
    const onWait = (waiting: boolean, clearsAt?: number) => {
      // The shell's waiting line speaks of the reports' limit; other pacers tell their own caller.
      if (name === 'reports') noteReportsPacerWait(waiting === holding ? 0 : waiting ? 1 : -1, clearsAt);
      if (waiting !== holding) options.onPacerWait?.(waiting);
      holding = waiting;
    };
    for (let i = 0; i < count; i++) answered.push(await pacerNamed(name).acquire(options.signal, onWait));
  }
  // Asked again once paced (from MSAL's cache): consent granted during a wait of seconds brings a token with
  // more scopes, and the old one's 403 would then read as a missing role, an error nothing retries.
  if (slots.length > 0) token = await getToken(options.scopes);
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    'client-request-id': crypto.randomUUID(),
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const init: RequestInit = {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
    credentials: 'omit',
  };
  let response: Response;
  try {
    response = await fetchGraph(url, init);
  } finally {
    // The pacer counts a request against Graph's window from when its answer came.
    for (const slot of answered) slot();
  }
  // A 401 means Graph did nothing with the request, so sending it once more with a new token is safe, writes
  // included: a token renewed silently for an expired or revoked one, or for a claims challenge (Continuous
  // Access Evaluation) one that meets its claims. Once only: a second challenge goes to the operator.
  const challenge = response.status === 401 ? readClaimsChallenge(response.headers) : undefined;
  if (response.status === 401 && (!challenge || 'claims' in challenge)) {
    const renewal = challenge ? { claims: challenge.claims } : { forceRefresh: true };
    headers.Authorization = `Bearer ${await getToken(options.scopes, renewal)}`;
    response = await fetchGraph(url, init);
  }
  const again = response.status === 401 ? readClaimsChallenge(response.headers) : undefined;
  if (again) reportSessionChallenge({ scopes: options.scopes, ...('claims' in again ? again : {}) });
  // A credential write refused with a token that has every scope: Graph may want a recent MFA. The operator
  // verifies (the write waits, its dialog as it is) and it is sent once more; a second 403 is the role.
  if (
    response.status === 403 &&
    !askConsentIfMissing(options.scopes) &&
    isCredentialWrite(init.method, url)
  ) {
    const { freshMfaTokenFor } = await import('./fresh-mfa-step-up.ts');
    const token = await freshMfaTokenFor(response, options.scopes);
    if (token) {
      headers.Authorization = `Bearer ${token}`;
      response = await fetchGraph(url, init);
    }
  }
  // The connection can also drop after the headers: the answer is lost just the same.
  const text = await readBody(response, init.signal);
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    if (response.ok)
      throw graphErrorFrom(
        response.status,
        {
          error: {
            code: 'InvalidResponse',
            message: 'Microsoft Graph sent a response that is not valid JSON.',
          },
        },
        response.headers,
      );
  }
  if (!response.ok) {
    const error = graphErrorFrom(response.status, body, response.headers);
    const challenge = error.claimsChallenge;
    throw challenge && 'undecodable' in challenge
      ? undecodableChallengeError(error, challenge.undecodable)
      : error;
  }
  return { body: body as T, headers: response.headers };
}

/** A write under a user's authentication methods (`/me/authentication/…`, `/users/{id}/authentication/…`). */
function isCredentialWrite(method: string | undefined, url: string): boolean {
  return (method ?? 'GET') !== 'GET' && /\/(?:me|users\/[^/]+)\/authentication\//.test(new URL(url).pathname);
}

async function fetchGraph(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw networkGraphError(error);
  }
}

async function readBody(response: Response, signal: AbortSignal | null | undefined): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkGraphError(error, response.headers.get('request-id') ?? undefined);
  }
}

export function graphGet<T>(
  pathOrUrl: string,
  options: Omit<GraphRequestOptions, 'method' | 'body'>,
): Promise<T> {
  return graphRequest<T>(pathOrUrl, options);
}
