/** A fault the control API injects into the next `count` Graph requests matching method and path. */
export interface FaultRule {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Regular expression tested against the path after /v1.0 or /beta (e.g. "^/users/.+/authentication"). */
  path: string;
  /** Only requests from this app (token `appid`): keeps parallel tests' faults apart. */
  appId?: string;
  count: number;
  /** Answer with this status and Graph error (code/message default by status). */
  status?: number;
  code?: string;
  message?: string;
  /** Seconds for Retry-After on 429/503; null sends none. */
  retryAfter?: number | null;
  /** Wait this long first; with no other effect the request then runs normally. */
  latencyMs?: number;
  /** 200 with a truncated JSON body. */
  malformedJson?: boolean;
  /** Close the connection without answering. */
  drop?: boolean;
  /** Run the request first, then fail: a write that happened although its answer was lost. */
  afterRunning?: boolean;
  /** Overrides the emulator's `exposeRetryAfter` for this answer: can scripts read Retry-After? */
  exposeRetryAfter?: boolean;
  /**
   * A Continuous Access Evaluation claims challenge: 401 with `WWW-Authenticate: ... error="insufficient_claims",
   * claims="<base64 JSON>"`, the header exposed to scripts as Microsoft's SPA samples read it.
   */
  claimsChallenge?: boolean;
}

const DEFAULT_CODES: Record<number, [string, string]> = {
  400: ['BadRequest', 'The request is malformed or incorrect.'],
  401: ['InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'],
  403: ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
  404: ['Request_ResourceNotFound', 'The requested resource does not exist.'],
  409: ['conflict', 'The request conflicts with the current state of the resource.'],
  429: ['TooManyRequests', 'Please retry again later.'],
  500: ['InternalServerError', 'An internal server error occurred.'],
  502: ['BadGateway', 'The service received an invalid response from an upstream server.'],
  503: ['serviceNotAvailable', 'The service is temporarily unavailable. Please retry later.'],
  504: ['GatewayTimeout', 'The operation timed out.'],
};

export function defaultErrorFor(status: number): [string, string] {
  return DEFAULT_CODES[status] ?? ['UnknownError', `The service answered ${status}.`];
}

export function validateFaultRule(input: unknown): FaultRule {
  if (!input || typeof input !== 'object') throw new Error('a fault is an object');
  const rule = input as Record<string, unknown>;
  if (typeof rule.path !== 'string') throw new Error('fault.path (a regular expression) is required');
  new RegExp(rule.path);
  const count = rule.count === undefined ? 1 : Number(rule.count);
  if (!Number.isInteger(count) || count < 1) throw new Error('fault.count must be a whole number ≥ 1');
  if (
    rule.status !== undefined &&
    (!Number.isInteger(rule.status) || (rule.status as number) < 100 || (rule.status as number) > 599)
  )
    throw new Error('fault.status must be an HTTP status');
  return {
    ...(rule as unknown as FaultRule),
    count,
    method: typeof rule.method === 'string' ? rule.method.toUpperCase() : undefined,
  };
}

/** Takes one use of the first matching rule, dropping rules that are used up. */
export function takeFault(
  rules: FaultRule[],
  method: string,
  path: string,
  caller: { appId: string | undefined; capable: boolean },
): FaultRule | undefined {
  const index = rules.findIndex(
    (r) =>
      (!r.method || r.method === method) &&
      (!r.appId || r.appId === caller.appId) &&
      (!r.claimsChallenge || caller.capable) &&
      new RegExp(r.path).test(path),
  );
  if (index < 0) return undefined;
  const rule = rules[index] as FaultRule;
  rule.count--;
  if (rule.count <= 0) rules.splice(index, 1);
  return rule;
}
