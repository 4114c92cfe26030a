import { findUser } from '../../tenant/model.ts';
import { directoryRequestCost } from '../directory-cost.ts';
import { GraphHttpError, notFound } from '../graph-http-error.ts';
import type { GraphRequest, GraphResult, GraphRoute } from '../graph-route.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { decodeSkipToken, encodeSkipToken, nextLinkFor } from '../skip-token.ts';
import { countRequested, countSegmentNeedsHeader, hasEventualConsistency } from './advanced-query.ts';
import { checkBasicProfileSelection, requireUserListAccess, requireUserReadAccess } from './users-access.ts';
import { matchingUsers } from './users-query.ts';
import { parseUserSelect, shapeUser, signInActivityGate } from './users-select.ts';
import { decodePathKey } from './path-key.ts';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 999;
// "If signInActivity is selected, the page size is capped at 120" (docs/graph-notes.md §5).
const SIGN_IN_ACTIVITY_PAGE = 120;

/** The directory's RU cost rides on every users response (docs/graph-notes.md §8.3). */
function withResourceUnits(request: GraphRequest, result: GraphResult): GraphResult {
  const cost = String(directoryRequestCost(request.ctx.method, request.ctx.url));
  return { ...result, headers: { ...result.headers, 'x-ms-resource-unit': cost } };
}

/** Directory page sizes are 1–999; anything else fails rather than clamps. */
function readPageSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PAGE;
  const top = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || top < 1 || top > MAX_PAGE) {
    throw new GraphHttpError(
      400,
      'Request_UnsupportedQuery',
      `Invalid page size specified: '${value}'. Must be between 1 and ${MAX_PAGE} inclusive.`,
    );
  }
  return top;
}

function listUsers(request: GraphRequest): GraphResult {
  const { ctx, caller, version } = request;
  requireUserListAccess(caller);
  const options = readQueryOptions(ctx.url, [
    '$filter',
    '$orderby',
    '$top',
    '$select',
    '$skiptoken',
    '$search',
    '$count',
  ]);
  const selection = parseUserSelect(options.$select, 'collection');
  let top = readPageSize(options.$top);
  if (selection.signInActivity) top = Math.min(top, SIGN_IN_ACTIVITY_PAGE);
  const counted = countRequested(options) && hasEventualConsistency(ctx);
  const users = matchingUsers(request, options);
  checkBasicProfileSelection(request, selection.properties ?? []);
  const activityReadable = signInActivityGate(request, selection);

  const queryKey = [
    'users',
    options.$filter,
    options.$search,
    options.$orderby,
    options.$select,
    top,
    version,
  ].join('|');
  const offset = options.$skiptoken !== undefined ? decodeSkipToken(options.$skiptoken, queryKey) : 0;
  const page = users.slice(offset, offset + top);
  const next =
    offset + top < users.length
      ? nextLinkFor(ctx.url, ctx.baseUrl, encodeSkipToken(offset + top, queryKey))
      : undefined;
  const context = odataContext(
    ctx.baseUrl,
    version,
    selection.properties ? `users(${selection.properties.join(',')})` : 'users',
  );
  const body = collection(
    context,
    page.map((user) => shapeUser(request, user, selection, activityReadable)),
    // @odata.count only on the first page (docs/graph-notes.md §5).
    { nextLink: next, count: counted && options.$skiptoken === undefined ? users.length : undefined },
  );
  return withResourceUnits(request, { status: 200, body });
}

function countUsers(request: GraphRequest): GraphResult {
  const { ctx, caller } = request;
  requireUserListAccess(caller);
  const options = readQueryOptions(ctx.url, ['$filter', '$search']);
  if (!hasEventualConsistency(ctx)) throw countSegmentNeedsHeader();
  // The $count segment is an advanced query in itself: ne / not / endsWith need no $count=true here.
  const users = matchingUsers(request, { ...options, $count: 'true' });
  return withResourceUnits(request, {
    status: 200,
    text: String(users.length),
    headers: { 'Content-Type': 'text/plain' },
  });
}

/** `/users/{id|upn}` or `/users('{upn}')` for UPNs that start with `$` (docs/graph-notes.md §11.7). */
function userKey(request: GraphRequest): string {
  // `#` in a UPN arrives as %23 (docs/graph-notes.md §5).
  return decodePathKey(request.params.key ?? request.params.quoted?.replace(/''/g, "'"));
}

function getUser(request: GraphRequest): GraphResult {
  const { ctx, caller, state, version } = request;
  const key = userKey(request);
  requireUserReadAccess(caller, key);
  const user = findUser(state.tenant, key);
  if (!user) throw notFound(key);
  const options = readQueryOptions(ctx.url, ['$select']);
  const selection = parseUserSelect(options.$select, 'entity');
  const activityReadable = signInActivityGate(request, selection);
  const context = odataContext(
    ctx.baseUrl,
    version,
    selection.properties ? `users(${selection.properties.join(',')})/$entity` : 'users/$entity',
  );
  const body = { '@odata.context': context, ...shapeUser(request, user, selection, activityReadable) };
  return withResourceUnits(request, { status: 200, body });
}

export const usersRoutes: GraphRoute[] = [
  { method: 'GET', pattern: /^\/users$/, handler: listUsers },
  { method: 'GET', pattern: /^\/users\/(?:\$|%24)count$/, handler: countUsers },
  { method: 'GET', pattern: /^\/users\('(?<quoted>(?:[^']|'')+)'\)$/, handler: getUser },
  { method: 'GET', pattern: /^\/users\/(?<key>(?!(?:\$|%24)count$)[^/]+)$/, handler: getUser },
];
