import { registrationRowOf, reportedUsers, type RegistrationRow } from '../../tenant/registration-details.ts';
import { findUser } from '../../tenant/model.ts';
import { notFound } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import {
  applySelect,
  compileFilter,
  ODataQueryError,
  parseFilter,
  parseOrderBy,
  parseSelect,
  sortRows,
  type FilterNode,
} from '../odata/index.ts';
import { firstLogicOperator } from '../odata/filter-logic.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions, readTop } from '../query-options.ts';
import { decodeSkipToken, encodeSkipToken, nextLinkFor } from '../skip-token.ts';
import { requireReportAccess } from './reports-access.ts';
import {
  REGISTRATION_FILTER_SCHEMA,
  REGISTRATION_ORDERBY,
  REGISTRATION_PROPERTIES,
} from './registration-details-schema.ts';

const PATH = '/reports/authenticationMethods/userRegistrationDetails';

/** v1.0 has no defaultMfaMethod (docs/graph-notes.md §3.1, §9.9). */
function shapeFor(request: GraphRequest, row: RegistrationRow): Partial<RegistrationRow> {
  if (request.version === 'beta') return row;
  const { defaultMfaMethod: _beta, ...v1 } = row;
  return v1;
}

type RowPredicate = ((row: Record<string, unknown>) => boolean) | undefined;

/** Without $orderby the page is found by walking the tenant once and stopping after it: fast on 100k users. */
function streamedPage(request: GraphRequest, predicate: RowPredicate, offset: number, top: number) {
  const { state, now } = request;
  const page: RegistrationRow[] = [];
  let matched = 0;
  for (const user of state.tenant.users) {
    if (!user.accountEnabled) continue;
    const row = registrationRowOf(state.tenant, user, now);
    if (predicate && !predicate(row as unknown as Record<string, unknown>)) continue;
    if (matched++ < offset) continue;
    if (page.length === top) return { page, more: true };
    page.push(row);
  }
  return { page, more: false };
}

function sortedPage(
  request: GraphRequest,
  predicate: RowPredicate,
  orderBy: ReturnType<typeof parseOrderBy>,
  offset: number,
  top: number,
) {
  const { state, now } = request;
  let rows = reportedUsers(state.tenant).map((u) => registrationRowOf(state.tenant, u, now));
  if (predicate) rows = rows.filter((r) => predicate(r as unknown as Record<string, unknown>));
  rows = sortRows(rows, orderBy);
  return { page: rows.slice(offset, offset + top), more: offset + top < rows.length };
}

/**
 * The reference documents `eq`, `startsWith` and `any` with `eq` (v1.0 resources/userregistrationdetails.md) and
 * says nothing of `or` or `not`. By default they are refused, as Graph refuses an operator an endpoint does not
 * support; `registrationFilterLogic: 'accept'` evaluates them.
 */
function refuseUndocumentedLogic(request: GraphRequest, ast: FilterNode | undefined) {
  if (request.state.options.registrationFilterLogic === 'accept' || !ast) return;
  const operator = firstLogicOperator(ast);
  if (operator)
    throw new ODataQueryError(`Invalid filter clause: the '${operator}' operator is not supported.`);
}

function listRegistrationDetails(request: GraphRequest) {
  requireReportAccess(request);
  const { ctx, state, version } = request;
  const options = readQueryOptions(ctx.url, ['$filter', '$orderby', '$top', '$select', '$skiptoken']);
  const properties =
    version === 'beta'
      ? REGISTRATION_PROPERTIES
      : REGISTRATION_PROPERTIES.filter((p) => p !== 'defaultMfaMethod');
  const schema =
    version === 'beta'
      ? REGISTRATION_FILTER_SCHEMA
      : Object.fromEntries(
          Object.entries(REGISTRATION_FILTER_SCHEMA).filter(([k]) => k !== 'defaultMfaMethod'),
        );
  const ast = options.$filter ? parseFilter(options.$filter) : undefined;
  refuseUndocumentedLogic(request, ast);
  const predicate = ast ? compileFilter(ast, schema) : undefined;
  const orderBy = options.$orderby ? parseOrderBy(options.$orderby, REGISTRATION_ORDERBY) : undefined;
  const select = options.$select
    ? parseSelect(options.$select, properties, 'microsoft.graph.userRegistrationDetails')
    : undefined;
  const pageSize = state.options.registrationPageSize;
  const top = readTop(options.$top, pageSize, pageSize);
  const queryKey = [options.$filter, options.$orderby, options.$select, top, version].join('|');
  const offset = options.$skiptoken ? decodeSkipToken(options.$skiptoken, queryKey) : 0;

  const { page, more } = orderBy
    ? sortedPage(request, predicate, orderBy, offset, top)
    : streamedPage(request, predicate, offset, top);
  const next = more ? nextLinkFor(ctx.url, ctx.baseUrl, encodeSkipToken(offset + top, queryKey)) : undefined;
  const context = odataContext(
    ctx.baseUrl,
    version,
    select
      ? `reports/authenticationMethods/userRegistrationDetails(${select.join(',')})`
      : 'reports/authenticationMethods/userRegistrationDetails',
  );
  return ok(
    collection(
      context,
      page.map((r) => applySelect(shapeFor(request, r), select, ['id'])),
      { nextLink: next },
    ),
  );
}

function getRegistrationDetails(request: GraphRequest) {
  requireReportAccess(request);
  const { ctx, state, now, version, params } = request;
  readQueryOptions(ctx.url, []);
  const id = decodeURIComponent(params.id ?? '');
  const user = findUser(state.tenant, id);
  if (!user || !user.accountEnabled || user.id !== id) throw notFound(id);
  const context = odataContext(
    ctx.baseUrl,
    version,
    'reports/authenticationMethods/userRegistrationDetails/$entity',
  );
  return ok({ '@odata.context': context, ...shapeFor(request, registrationRowOf(state.tenant, user, now)) });
}

export const registrationDetailsRoutes: GraphRoute[] = [
  { method: 'GET', throttle: 'reports', pattern: new RegExp(`^${PATH}$`), handler: listRegistrationDetails },
  {
    method: 'GET',
    throttle: 'reports',
    pattern: new RegExp(`^${PATH}/(?<id>[^/]+)$`),
    handler: getRegistrationDetails,
  },
];
