/**
 * The retired beta credential reports (docs/graph-notes.md §3.10). Graph's beta pages say
 * credentialUsageSummary and userCredentialUsageDetails "will stop returning data on August 1, 2025" and
 * credentialUserRegistrationDetails "on June 30, 2024" (getCredentialUserRegistrationCount carries no note). What
 * Graph answers since is not documented; the one public trace is a 400 "Resource not found for the segment
 * '…'", the answer for a path Graph does not know, so that is the default. The `legacyReports` option answers 404,
 * empty collections, or the data as before the retirement instead.
 */
import {
  credentialRegistrationCount,
  credentialRegistrationRowOf,
  type CredentialRegistrationRow,
} from '../../tenant/credential-registration.ts';
import { activityOf } from '../../tenant/generate-activity.ts';
import { reportedUsers } from '../../tenant/registration-details.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import { compileFilter, parseFilter, parseOrderBy, sortRows } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions, readTop } from '../query-options.ts';
import { decodeSkipToken, encodeSkipToken, nextLinkFor } from '../skip-token.ts';
import {
  CREDENTIAL_REGISTRATION_FILTER_SCHEMA,
  CREDENTIAL_REGISTRATION_ORDERBY,
  LEGACY_ACTIVITY_GRID,
  LEGACY_EVENT_FILTER_SCHEMA,
  LEGACY_EVENT_ORDERBY,
  LEGACY_SUMMARY_FILTER_SCHEMA,
} from './activity-report-schema.ts';
import { activitySummaryRows } from './activity-summary.ts';
import { listEvents } from './event-feed.ts';
import { readPeriod } from './report-period.ts';
import { requireReportAccess } from './reports-access.ts';

/** The legacy pages name `Reports.Read.All` (delegated and application). */
const LEGACY_SCOPES = ['Reports.Read.All'];
/** Neither page size is documented; the emulator pages like its newer siblings (1000). */
const LEGACY_PAGE_SIZE = 1000;

/** Applies the `legacyReports` option: a gone path answers before any access check, as an unknown one does. */
function legacyMode(request: GraphRequest, segment: string): 'serve' | 'empty' {
  const mode = request.state.options.legacyReports;
  if (mode === 'segmentNotFound')
    throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
  if (mode === 'notFound')
    throw new GraphHttpError(404, 'ResourceNotFound', `Resource not found for the segment '${segment}'.`);
  requireReportAccess(request, LEGACY_SCOPES);
  return mode;
}

const contextOf = (request: GraphRequest, fragment: string) =>
  odataContext(request.ctx.baseUrl, request.version, fragment);

function getCredentialUsageSummary(request: GraphRequest) {
  const mode = legacyMode(request, 'getCredentialUsageSummary');
  const options = readQueryOptions(request.ctx.url, ['$filter', '$top']);
  const period = readPeriod(request.params.args, 'getCredentialUsageSummary', request.now, true);
  const top = readTop(options.$top, LEGACY_ACTIVITY_GRID.length, LEGACY_ACTIVITY_GRID.length);
  const rows =
    mode === 'empty'
      ? []
      : activitySummaryRows(request, activityOf(request.state.tenant), period, options.$filter, {
          grid: LEGACY_ACTIVITY_GRID,
          schema: LEGACY_SUMMARY_FILTER_SCHEMA,
          idPrefix: 'getCredentialUsageSummary',
        }).slice(0, top);
  // The docs' `reports/$metadata#Collection(microsoft.graph.getCredentialUsageSummary)` is a defect (§9.7).
  return ok(collection(contextOf(request, 'Collection(microsoft.graph.credentialUsageSummary)'), rows));
}

function getCredentialUserRegistrationCount(request: GraphRequest) {
  const mode = legacyMode(request, 'getCredentialUserRegistrationCount');
  readQueryOptions(request.ctx.url, []);
  const { state, now } = request;
  const rows =
    mode === 'empty' ? [] : [{ id: state.tenant.id, ...credentialRegistrationCount(state.tenant, now) }];
  return ok(
    collection(contextOf(request, 'Collection(microsoft.graph.credentialUserRegistrationCount)'), rows),
  );
}

function userCredentialUsageDetails(request: GraphRequest) {
  const mode = legacyMode(request, 'userCredentialUsageDetails');
  const feed = {
    context: 'reports/userCredentialUsageDetails',
    typeName: 'microsoft.graph.userCredentialUsageDetails',
    schema: LEGACY_EVENT_FILTER_SCHEMA,
    orderBy: LEGACY_EVENT_ORDERBY,
    pageSize: LEGACY_PAGE_SIZE,
  };
  if (mode === 'empty') {
    readQueryOptions(request.ctx.url, ['$filter', '$orderby', '$top', '$select', '$skiptoken']);
    return ok(collection(contextOf(request, feed.context), []));
  }
  return listEvents(request, activityOf(request.state.tenant), feed);
}

function credentialUserRegistrationDetails(request: GraphRequest) {
  const mode = legacyMode(request, 'credentialUserRegistrationDetails');
  const { ctx, state, now, version } = request;
  const options = readQueryOptions(ctx.url, ['$filter', '$orderby', '$top', '$skiptoken']);
  const predicate = options.$filter
    ? compileFilter<CredentialRegistrationRow>(
        parseFilter(options.$filter),
        CREDENTIAL_REGISTRATION_FILTER_SCHEMA,
      )
    : undefined;
  const orderBy = options.$orderby
    ? parseOrderBy(options.$orderby, CREDENTIAL_REGISTRATION_ORDERBY)
    : undefined;
  const pageSize = state.options.registrationPageSize;
  const top = readTop(options.$top, pageSize, pageSize);
  const queryKey = [ctx.url.pathname, options.$filter, options.$orderby, top, version].join('|');
  const offset = options.$skiptoken ? decodeSkipToken(options.$skiptoken, queryKey) : 0;
  const context = contextOf(request, 'reports/credentialUserRegistrationDetails');
  if (mode === 'empty') return ok(collection(context, []));

  let rows = reportedUsers(state.tenant).map((u) => credentialRegistrationRowOf(state.tenant, u, now));
  if (predicate) rows = rows.filter(predicate);
  if (orderBy) rows = sortRows(rows, orderBy);
  const nextLink =
    offset + top < rows.length
      ? nextLinkFor(ctx.url, ctx.baseUrl, encodeSkipToken(offset + top, queryKey))
      : undefined;
  return ok(collection(context, rows.slice(offset, offset + top), { nextLink }));
}

const route = (pattern: RegExp, handler: GraphRoute['handler']): GraphRoute => ({
  method: 'GET',
  versions: ['beta'],
  throttle: 'reports',
  pattern,
  handler,
});

export const legacyReportRoutes: GraphRoute[] = [
  route(/^\/reports\/getCredentialUsageSummary(?:\((?<args>[^)]*)\))?$/, getCredentialUsageSummary),
  // The docs' HTTP line spells it getCredentialsUserRegistrationCount (§9.6); accept both.
  route(/^\/reports\/getCredentials?UserRegistrationCount(?:\(\))?$/, getCredentialUserRegistrationCount),
  route(/^\/reports\/userCredentialUsageDetails$/, userCredentialUsageDetails),
  route(/^\/reports\/credentialUserRegistrationDetails$/, credentialUserRegistrationDetails),
];
