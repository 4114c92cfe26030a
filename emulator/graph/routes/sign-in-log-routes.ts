import { SIGN_IN_LOG_ROLES } from '../../tenant/roles.ts';
import { DAY, liveSignInsOf, userDaySignIns } from '../../tenant/sign-in-log.ts';
import type { Tenant } from '../../tenant/model.ts';
import { requireRole, requireScope } from '../graph-caller.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import {
  compileFilter,
  parseFilter,
  parseOrderBy,
  type FilterNode,
  type FilterSchema,
} from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions, readTop } from '../query-options.ts';
import { decodeSkipToken, encodeSkipToken, nextLinkFor } from '../skip-token.ts';
import { signInShape } from './sign-in-log-shape.ts';

/** The properties the beta signIn resource says support `$filter`, with their operators (resources/signin.md). */
const SCHEMA: FilterSchema = {
  id: { type: 'string', ops: ['eq'] },
  createdDateTime: { type: 'datetime', ops: ['eq', 'ge', 'le'] },
  userId: { type: 'string', ops: ['eq'] },
  userPrincipalName: { type: 'string', ops: ['eq', 'startswith'] },
  userDisplayName: { type: 'string', ops: ['eq', 'startswith'] },
  appId: { type: 'string', ops: ['eq'] },
  appDisplayName: { type: 'string', ops: ['eq', 'startswith'] },
  ipAddress: { type: 'string', ops: ['eq', 'startswith'] },
  correlationId: { type: 'string', ops: ['eq'] },
  clientAppUsed: { type: 'string', ops: ['eq'] },
  conditionalAccessStatus: { type: 'string', ops: ['eq'] },
  authenticationRequirement: { type: 'string', ops: ['eq', 'startswith'] },
  'status/errorCode': { type: 'number', ops: ['eq'] },
};

/** "The maximum and default page size is 1,000 objects" (signin-list.md). */
const PAGE_SIZE = 1000;
/** Sign-ins are kept 30 days with P1/P2 (reference-reports-data-retention.md). */
const RETENTION = 30 * DAY;
/**
 * A page position: the UTC day (days since 1970, so a page taken across midnight stays on its day) and the
 * index within that day's sign-ins; 0 is the first page.
 */
const DAY_STRIDE = 2 ** 22;

/** `AuditLog.Read.All` and `Directory.Read.All`, a sign-in reader role, and a P1/P2 tenant (signin-list.md). */
function requireSignInAccess({ caller, state }: GraphRequest): void {
  requireScope(caller, ['AuditLog.Read.All']);
  requireScope(caller, ['Directory.Read.All']);
  requireRole(caller, SIGN_IN_LOG_ROLES);
  if (state.tenant.tier === 'free')
    throw new GraphHttpError(
      403,
      'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      "Neither tenant is B2C or tenant doesn't have premium license",
    );
}

/** The top-level `and` clauses, to narrow the work to a user or a time range before filtering row by row. */
function conjuncts(node: FilterNode | undefined): FilterNode[] {
  if (!node) return [];
  return node.type === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

function bounds(node: FilterNode | undefined) {
  let userId: string | undefined;
  let from = -Infinity;
  let to = Infinity;
  for (const c of conjuncts(node)) {
    if (c.type !== 'comparison' || c.subject.type !== 'property') continue;
    const name = c.subject.path.join('/');
    if (name === 'userId' && c.operator === 'eq' && c.literal.kind === 'string') userId = c.literal.value;
    if (name === 'createdDateTime' && c.literal.kind === 'datetime') {
      if (c.operator === 'ge' || c.operator === 'eq') from = Math.max(from, c.literal.epochMs);
      if (c.operator === 'le' || c.operator === 'eq') to = Math.min(to, c.literal.epochMs);
    }
  }
  return { userId, from, to };
}

type Row = ReturnType<typeof signInShape>;

// The last few days a tenant-wide listing built, as rows that passed its filter: a scan pages through one day
// over many requests, and must not rebuild it for each.
const dayCache = new WeakMap<Tenant, Map<string, Row[]>>();

/** One UTC day's sign-ins in the window that pass the filter, newest first, of one user or of all. */
function dayRows(request: GraphRequest, dayStart: number, window: Window, filter: Filter): Row[] {
  const { state, now, version } = request;
  const tenant = state.tenant;
  const { userId } = window;
  const live = liveSignInsOf(tenant).filter(
    (r) => r.at >= dayStart && r.at < dayStart + DAY && (!userId || r.user.id === userId),
  );
  // What the day's rows depend on: a scan that fixes its window's end reads a day from the cache page after
  // page; only a window ending at "now" rebuilds today for each page.
  const from = Math.max(window.since, dayStart);
  const to = Math.min(window.until, dayStart + DAY);
  const key = [dayStart, from, to, live.length, version, filter.text].join('|');
  const cache = dayCache.get(tenant) ?? new Map<string, Row[]>();
  dayCache.set(tenant, cache);
  const cached = userId ? undefined : cache.get(key);
  if (cached) return cached;
  const one = userId === undefined ? undefined : tenant.usersById.get(userId);
  const users = userId === undefined ? tenant.users : one ? [one] : [];
  const records = users.flatMap((u) => userDaySignIns(tenant, u, dayStart, now));
  records.push(...live);
  const rows = records
    .filter((r) => r.at >= from && r.at <= to)
    .sort((a, b) => b.at - a.at)
    .map((r) => signInShape(r, version === 'beta'))
    .filter((row) => !filter.predicate || filter.predicate(row));
  if (!userId) {
    if (cache.size >= 3) cache.delete(cache.keys().next().value!);
    cache.set(key, rows);
  }
  return rows;
}

interface Window {
  userId: string | undefined;
  since: number;
  until: number;
}
interface Filter {
  text: string | undefined;
  predicate: ((row: Row) => boolean) | undefined;
}

function listSignIns(request: GraphRequest) {
  requireSignInAccess(request);
  const { ctx, now, version } = request;
  const options = readQueryOptions(ctx.url, ['$filter', '$orderby', '$top', '$skiptoken']);
  // `$orderby` is documented on createdDateTime; the log is served newest first, so only that order is kept.
  const [order] = parseOrderBy(options.$orderby ?? 'createdDateTime desc', ['createdDateTime']);
  if (!order?.descending)
    throw new GraphHttpError(400, 'BadRequest', 'The emulator serves the sign-in log newest first only.');
  const ast = options.$filter ? parseFilter(options.$filter) : undefined;
  // `or` and `not` are not among the documented operators.
  const predicate = ast ? compileFilter(ast, SCHEMA, { allowOr: false, allowNot: false }) : undefined;
  const top = readTop(options.$top, PAGE_SIZE, PAGE_SIZE);
  const queryKey = [ctx.url.pathname, options.$filter, options.$orderby, top].join('|');
  const position = options.$skiptoken ? decodeSkipToken(options.$skiptoken, queryKey) : 0;

  const { userId, from, to } = bounds(ast);
  // `ge` and `le` include their bound; the retention's edge is the same instant 30 days back.
  const window = { userId, since: Math.max(now - RETENTION, from), until: Math.min(now, to) };
  const filter = { text: options.$filter, predicate };
  const newestDay = Math.floor(window.until / DAY) * DAY;
  const page: Row[] = [];
  let next: number | undefined;
  let dayStart = position === 0 ? newestDay : Math.floor(position / DAY_STRIDE) * DAY;
  let index = position === 0 ? 0 : position % DAY_STRIDE;
  for (; window.until >= window.since && dayStart + DAY > window.since; dayStart -= DAY, index = 0) {
    const rows = dayRows(request, dayStart, window, filter);
    const taken = rows.slice(index, index + top - page.length);
    page.push(...taken);
    if (page.length < top) continue;
    const nextIndex = index + taken.length;
    if (nextIndex < rows.length) next = (dayStart / DAY) * DAY_STRIDE + nextIndex;
    else if (dayStart > window.since) next = (dayStart / DAY - 1) * DAY_STRIDE;
    break;
  }
  const nextLink =
    next !== undefined ? nextLinkFor(ctx.url, ctx.baseUrl, encodeSkipToken(next, queryKey)) : undefined;
  return ok(collection(odataContext(ctx.baseUrl, version, 'auditLogs/signIns'), page, { nextLink }));
}

/** `GET /auditLogs/signIns` (v1.0 and beta), counted against the reports' limit (throttling-limits.md). */
export const signInLogRoutes: GraphRoute[] = [
  { method: 'GET', pattern: /^\/auditLogs\/signIns$/i, throttle: 'reports', handler: listSignIns },
];
