import { auditLogOf, AUTH_METHODS_SERVICE, type AuditEvent } from '../../tenant/audit-log.ts';
import { REPORT_READER_ROLES } from '../../tenant/roles.ts';
import { requireRole, requireScope } from '../graph-caller.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import { compileFilter, parseFilter, parseOrderBy, sortRows, type FilterSchema } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions, readTop } from '../query-options.ts';
import { decodeSkipToken, encodeSkipToken, nextLinkFor } from '../skip-token.ts';

const DAY = 86_400_000;

/**
 * What `$filter` accepts on a directoryAudit (graph-docs-contrib resources/directoryaudit.md: the properties
 * that say "Supports $filter"; `category`, `result` and `targetResources/type` as the Entra PowerShell
 * reference filters on them). Anything else is refused, as Graph answers "Invalid filter clause".
 */
const SCHEMA: FilterSchema = {
  id: { type: 'string', ops: ['eq'] },
  correlationId: { type: 'string', ops: ['eq'] },
  category: { type: 'string', ops: ['eq'] },
  result: { type: 'string', ops: ['eq'] },
  activityDateTime: { type: 'datetime', ops: ['eq', 'ge', 'le'] },
  activityDisplayName: { type: 'string', ops: ['eq', 'startswith'] },
  loggedByService: { type: 'string', ops: ['eq'] },
  'initiatedBy/user/id': { type: 'string', ops: ['eq'] },
  'initiatedBy/user/displayName': { type: 'string', ops: ['eq'] },
  'initiatedBy/user/userPrincipalName': { type: 'string', ops: ['eq', 'startswith'] },
  'initiatedBy/app/appId': { type: 'string', ops: ['eq'] },
  'initiatedBy/app/displayName': { type: 'string', ops: ['eq'] },
  targetResources: {
    type: 'objectCollection',
    ops: ['any'],
    items: {
      typeName: 'microsoft.graph.targetResource',
      schema: {
        id: { type: 'string', ops: ['eq'] },
        displayName: { type: 'string', ops: ['eq', 'startswith'] },
        type: { type: 'string', ops: ['eq'] },
      },
    },
  },
};

/** The signIns list's documented page (1,000, newest first): directoryAudits documents none of its own. */
const PAGE_SIZE = 1000;

/** 30 days with P1/P2, 7 without (entra-docs reference-reports-data-retention.md). */
const retentionDays = (tier: string) => (tier === 'free' ? 7 : 30);

/**
 * `AuditLog.Read.All` and `Directory.Read.All` both (directoryaudit-list-permissions.md), a reader role
 * (rbac-directoryaudit-apis.md: Reports Reader, Security Reader, Security Administrator; the Global roles read
 * every report), and, unless `auditLogsOnFree`, a P1/P2 tenant.
 */
function requireAuditAccess({ caller, state }: GraphRequest): void {
  requireScope(caller, ['AuditLog.Read.All']);
  requireScope(caller, ['Directory.Read.All']);
  requireRole(caller, REPORT_READER_ROLES);
  if (state.tenant.tier === 'free' && !state.options.auditLogsOnFree)
    throw new GraphHttpError(
      403,
      'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      "Neither tenant is B2C or tenant doesn't have premium license",
    );
}

const iso = (ms: number) => new Date(ms).toISOString();

/** One event as Graph shows it; `userAgent` is on beta only (beta resources/directoryaudit.md; v1.0 has none). */
function rowOf(event: AuditEvent, version: string) {
  return {
    id: event.id,
    category: 'UserManagement',
    correlationId: event.correlationId,
    result: event.result,
    resultReason: event.resultReason,
    activityDisplayName: event.activity,
    activityDateTime: iso(event.at),
    loggedByService: AUTH_METHODS_SERVICE,
    operationType: event.operationType,
    initiatedBy: {
      user: event.initiatedBy.user ?? null,
      app: event.initiatedBy.app
        ? { ...event.initiatedBy.app, servicePrincipalId: null, servicePrincipalName: null }
        : null,
    },
    targetResources: [
      { ...event.target, type: 'User', groupType: null, modifiedProperties: [] as unknown[] },
    ],
    additionalDetails: [] as unknown[],
    ...(version === 'beta' ? { userAgent: event.userAgent ?? null } : {}),
  };
}

function listDirectoryAudits(request: GraphRequest) {
  requireAuditAccess(request);
  const { ctx, state, now, version } = request;
  const options = readQueryOptions(ctx.url, ['$filter', '$orderby', '$top', '$skiptoken']);
  // `or` and `not` are not among the documented operators.
  const predicate = options.$filter
    ? compileFilter(parseFilter(options.$filter), SCHEMA, { allowOr: false, allowNot: false })
    : undefined;
  const orderBy = parseOrderBy(options.$orderby ?? 'activityDateTime desc', ['activityDateTime']);
  const top = readTop(options.$top, PAGE_SIZE, PAGE_SIZE);
  const queryKey = [ctx.url.pathname, options.$filter, options.$orderby, top].join('|');
  const offset = options.$skiptoken ? decodeSkipToken(options.$skiptoken, queryKey) : 0;

  const since = now - retentionDays(state.tenant.tier) * DAY;
  let rows = auditLogOf(state.tenant)
    .events.filter((e) => e.at > since && e.at <= now)
    .map((event) => rowOf(event, version));
  if (predicate) rows = rows.filter(predicate);
  rows = sortRows(rows, orderBy);
  const page = rows.slice(offset, offset + top);
  const nextLink =
    offset + top < rows.length
      ? nextLinkFor(ctx.url, ctx.baseUrl, encodeSkipToken(offset + top, queryKey))
      : undefined;
  return ok(collection(odataContext(ctx.baseUrl, version, 'auditLogs/directoryAudits'), page, { nextLink }));
}

/** `GET /auditLogs/directoryAudits` (v1.0 and beta), counted against the reports' limit (throttling-limits.md). */
export const directoryAuditRoutes: GraphRoute[] = [
  {
    method: 'GET',
    pattern: /^\/auditLogs\/directoryAudits$/i,
    throttle: 'reports',
    handler: listDirectoryAudits,
  },
];
