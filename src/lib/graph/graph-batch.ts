import { graphRequest, type GraphRequestOptions } from './graph-client.ts';
import { reportSessionChallenge } from '../auth/session-challenge.ts';
import { ConsentRequiredError, getToken } from '../auth/token-provider.ts';
import { askConsentIfMissing } from './consent-check.ts';
import { GraphError, graphErrorFrom, undecodableChallengeError } from './graph-error.ts';
import { pause } from './pause.ts';
import { backoffMs, retryAfterOr } from './retry-policy.ts';

/** One inner request of a JSON batch; `url` is relative to the batch's version (docs/graph-notes.md §7). */
export interface BatchRequestSpec {
  url: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: unknown;
}

/** Per-item outcome: one failed part must not fail the whole page. */
export type BatchResult<T> = { ok: true; status: number; data: T } | { ok: false; error: GraphError };

export type BatchResults<R> = { [K in keyof R]: BatchResult<R[K]> };

interface InnerResponse {
  id?: unknown;
  status?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
}

const MAX_BATCH = 20;

/** What the batch's POST is sent with: its scopes, version, cancel, and the pacer its parts count against. */
type BatchOptions = Pick<GraphRequestOptions, 'scopes' | 'version' | 'signal' | 'pacer' | 'onPacerWait'>;

export function buildBatchBody(requests: Record<string, BatchRequestSpec>) {
  const entries = Object.entries(requests);
  if (entries.length === 0 || entries.length > MAX_BATCH)
    throw new Error(`A Graph batch holds 1 to ${MAX_BATCH} requests, not ${entries.length}.`);
  return {
    requests: entries.map(([id, spec]) => ({
      id,
      method: spec.method ?? 'GET',
      url: spec.url,
      ...(spec.body === undefined
        ? spec.headers && { headers: spec.headers }
        : { headers: { 'Content-Type': 'application/json', ...spec.headers }, body: spec.body }),
    })),
  };
}

/**
 * Graph answers in any order, so results are matched by id (case-insensitive, as Graph treats ids);
 * a failed inner response becomes the same GraphError a direct call would have thrown.
 */
export function correlateBatchResponses<R>(
  ids: readonly (keyof R & string)[],
  body: unknown,
): BatchResults<R> {
  const responses = (body as { responses?: InnerResponse[] } | undefined)?.responses ?? [];
  const byId = new Map(responses.map((r) => [String(r.id).toLowerCase(), r]));
  const results = {} as Record<string, BatchResult<unknown>>;
  for (const id of ids) {
    const response = byId.get(id.toLowerCase());
    const status = Number(response?.status);
    if (!response || !Number.isFinite(status)) {
      results[id] = {
        ok: false,
        error: new GraphError({
          status: 0,
          code: 'BatchResponseMissing',
          message: `Microsoft Graph's batch response has no answer for "${id}".`,
        }),
      };
    } else if (status >= 200 && status < 300) {
      results[id] = { ok: true, status, data: response.body };
    } else {
      results[id] = {
        ok: false,
        error: graphErrorFrom(status, response.body, new Headers(response.headers)),
      };
    }
  }
  return results as BatchResults<R>;
}

/** POST /$batch once and correlate the answers. */
async function sendBatch<R>(
  requests: { [K in keyof R & string]: BatchRequestSpec },
  options: BatchOptions,
): Promise<BatchResults<R>> {
  const body = await graphRequest<unknown>('/$batch', {
    ...options,
    method: 'POST',
    body: buildBatchBody(requests),
  });
  const results = correlateBatchResponses<R>(Object.keys(requests) as (keyof R & string)[], body);
  // Parts fail alone for a missing role; missing consent fails the batch, so it runs again once granted.
  const parts = Object.values(results) as BatchResult<unknown>[];
  if (parts.some((r) => !r.ok && r.error.status === 403) && askConsentIfMissing(options.scopes))
    throw new ConsentRequiredError();
  return results;
}

type Requests<R> = { [K in keyof R & string]: BatchRequestSpec };

const subset = <R>(requests: Requests<R>, ids: readonly (keyof R & string)[]) =>
  Object.fromEntries(ids.map((id) => [id, requests[id]])) as Requests<R>;

const challengeOf = (result: BatchResult<unknown>) => (result.ok ? undefined : result.error.claimsChallenge);

/**
 * Parts Graph answered with a claims challenge (Continuous Access Evaluation judges each part's token use on
 * its own): a token meeting the claims is asked for silently (getToken asks the operator if Entra wants
 * them), and those parts are sent once more, writes included, since a 401 means Graph did nothing. A part
 * challenged again, or with claims the app cannot read, fails and the operator is asked to sign in.
 */
async function answerClaimsChallenges<R>(
  requests: Requests<R>,
  results: BatchResults<R>,
  options: BatchOptions,
): Promise<BatchResults<R>> {
  const ids = Object.keys(requests) as (keyof R & string)[];
  const decodable = (id: keyof R & string) => {
    const challenge = challengeOf(results[id] as BatchResult<unknown>);
    return challenge && 'claims' in challenge ? challenge.claims : undefined;
  };
  const challenged = ids.filter((id) => decodable(id) !== undefined);
  if (challenged.length) {
    await getToken(options.scopes, { claims: decodable(challenged[0]!) });
    const again = await sendBatch<R>(subset(requests, challenged), options);
    for (const id of challenged) results[id] = again[id];
  }
  for (const id of ids) {
    const result = results[id] as BatchResult<unknown>;
    const challenge = challengeOf(result);
    if (result.ok || !challenge) continue;
    reportSessionChallenge({ scopes: options.scopes, ...('claims' in challenge ? challenge : {}) });
    if ('undecodable' in challenge)
      results[id] = {
        ok: false,
        error: undecodableChallengeError(result.error, challenge.undecodable),
      } as BatchResults<R>[typeof id];
  }
  return results;
}

const THROTTLE_RETRIES = 3;

/**
 * POST /$batch through the Graph client: one round trip, per-item results keyed like `requests`.
 * Parts Graph throttled (inner 429s: each part counts against its limit on its own) are sent again
 * after Retry-After or a backoff, GETs only: a write is never repeated without the user knowing.
 */
export async function graphBatch<R>(
  requests: { [K in keyof R & string]: BatchRequestSpec },
  options: BatchOptions,
): Promise<BatchResults<R>> {
  const results = await answerClaimsChallenges(requests, await sendBatch<R>(requests, options), options);
  for (let attempt = 0; attempt < THROTTLE_RETRIES; attempt++) {
    const throttled = (Object.keys(requests) as (keyof R & string)[]).filter((id) => {
      const result = results[id];
      return !result.ok && result.error.status === 429 && (requests[id].method ?? 'GET') === 'GET';
    });
    if (throttled.length === 0) break;
    const waits = throttled.map((id) => {
      const result = results[id];
      return result.ok ? 0 : retryAfterOr(result.error, 0);
    });
    await pause(Math.max(backoffMs(attempt), ...waits), options.signal);
    const again = await sendBatch<R>(subset(requests, throttled), options);
    for (const id of throttled) results[id] = again[id];
  }
  return results;
}
