import { readClaimsChallenge, type ClaimsChallenge } from './claims-challenge.ts';

/** A failed Graph call, carrying what a support case needs: status, Graph's code and the request id. */
export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly date: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** A 401's Continuous Access Evaluation challenge (a batch part's too: only the part knows it). */
  readonly claimsChallenge: ClaimsChallenge | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string;
    date?: string;
    retryAfterSeconds?: number;
    claimsChallenge?: ClaimsChallenge;
  }) {
    super(init.message);
    this.name = 'GraphError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.date = init.date;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.claimsChallenge = init.claimsChallenge;
  }
}

interface ErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    innerError?: Record<string, unknown>;
    innererror?: Record<string, unknown>;
  };
}

/** Reads Graph's error body; accepts `innerError` and `innererror` (docs/graph-notes.md §8.1, §9.21). */
export function graphErrorFrom(status: number, body: unknown, headers: Headers): GraphError {
  const error = (body as ErrorBody | undefined)?.error;
  const inner = error?.innerError ?? error?.innererror;
  const retryAfter = Number(headers.get('Retry-After'));
  return new GraphError({
    status,
    code: typeof error?.code === 'string' ? error.code : `HTTP${status}`,
    message: typeof error?.message === 'string' ? error.message : `Microsoft Graph answered ${status}.`,
    requestId:
      (typeof inner?.['request-id'] === 'string' ? inner['request-id'] : undefined) ??
      headers.get('request-id') ??
      undefined,
    date: typeof inner?.date === 'string' ? inner.date : undefined,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    claimsChallenge: status === 401 ? readClaimsChallenge(headers) : undefined,
  });
}

/** A claims challenge the app cannot decode: nothing is asked of Entra on a guess, and nothing is retried. */
export function undecodableChallengeError(error: GraphError, header: string): GraphError {
  return new GraphError({
    status: 401,
    code: 'UndecodableClaimsChallenge',
    requestId: error.requestId,
    date: error.date,
    message: `Microsoft Graph asked for a new sign-in with claims the app cannot read (${header}). Sign in again.`,
  });
}

/** No answer, or an answer cut off: when the headers came, their request-id still lets support find it. */
export function networkGraphError(error: unknown, requestId?: string): GraphError {
  return new GraphError({
    status: 0,
    code: 'NetworkError',
    requestId,
    message: `Microsoft Graph could not be reached (${error instanceof Error ? error.message : String(error)}). Check the connection and try again.`,
  });
}

/**
 * Graph handed the app a link (`@odata.nextLink`, `Location`, an operation URL) to another origin than the
 * configured Graph: the app never sends its token there, and says which URL it refused.
 */
export class UntrustedGraphUrlError extends Error {
  readonly url: string;

  constructor(url: string, graphOrigin: string) {
    super(`Graph's answer pointed to ${url}, not ${graphOrigin}: your sign-in goes to Graph only.`);
    this.name = 'UntrustedGraphUrlError';
    this.url = url;
  }
}
