/** Beta usage reports over the tenant's generated activity (docs/graph-notes.md §3.5–§3.8). */
import { dailySignIns, signInsByMethod } from '../../tenant/activity-reports.ts';
import { activityOf, ACTIVITY_DAYS } from '../../tenant/generate-activity.ts';
import { stableGuid } from '../../tenant/stable-id.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import {
  ACTIVITY_GRID,
  EVENT_FILTER_SCHEMA,
  EVENT_ORDERBY,
  SUMMARY_FILTER_SCHEMA,
} from './activity-report-schema.ts';
import { activitySummaryRows } from './activity-summary.ts';
import { listEvents } from './event-feed.ts';
import { readPeriod } from './report-period.ts';
import { requireReportAccess } from './reports-access.ts';

const ROOT = '/reports/authenticationMethods';
const DAY = 86_400_000;
/** userEventsSummary's documented $top default and maximum (§3.7). */
const EVENTS_PAGE_SIZE = 1000;

const functionPattern = (name: string) => new RegExp(`^${ROOT}/${name}(?:\\((?<args>[^)]*)\\))?$`);
const contextOf = (request: GraphRequest, fragment: string) =>
  odataContext(request.ctx.baseUrl, request.version, fragment);

function userRegistrationActivity(request: GraphRequest) {
  requireReportAccess(request);
  const options = readQueryOptions(request.ctx.url, ['$filter']);
  const period = readPeriod(request.params.args, 'userRegistrationActivity', request.now, false);
  const rows = activitySummaryRows(request, activityOf(request.state.tenant), period, options.$filter, {
    grid: ACTIVITY_GRID,
    schema: SUMMARY_FILTER_SCHEMA,
    idPrefix: 'userRegistrationActivity',
    odataType: '#microsoft.graph.userRegistrationActivitySummary',
  });
  return ok(
    collection(contextOf(request, 'Collection(microsoft.graph.userRegistrationActivitySummary)'), rows),
  );
}

function userSignInsByAuthMethodSummary(request: GraphRequest) {
  requireReportAccess(request);
  readQueryOptions(request.ctx.url, []);
  const period = readPeriod(request.params.args, 'userSignInsByAuthMethodSummary', request.now, false);
  const { signIns } = activityOf(request.state.tenant);
  const rows = signInsByMethod(signIns, period.from, period.to).map(({ method, count }) => ({
    '@odata.type': '#microsoft.graph.userSignInUsageByAuthMethodActivity',
    authenticationMethod: method,
    successActivityCount: count,
  }));
  return ok(
    collection(contextOf(request, 'Collection(microsoft.graph.userSignInUsageByAuthMethodActivity)'), rows),
  );
}

function userEventsSummary(request: GraphRequest) {
  requireReportAccess(request);
  return listEvents(request, activityOf(request.state.tenant), {
    context: 'reports/authenticationMethods/userEventsSummary',
    odataType: '#microsoft.graph.userEventsSummary',
    typeName: 'microsoft.graph.userEventsSummary',
    schema: EVENT_FILTER_SCHEMA,
    orderBy: EVENT_ORDERBY,
    pageSize: EVENTS_PAGE_SIZE,
  });
}

/** One row per UTC day of the last 30; the docs say query options are not supported (§3.8). */
function userMfaSignInSummary(request: GraphRequest) {
  requireReportAccess(request);
  readQueryOptions(request.ctx.url, []);
  const { now, state } = request;
  const { signIns } = activityOf(state.tenant);
  const rows = dailySignIns(signIns, now - ACTIVITY_DAYS * DAY, now).map((day) => ({
    '@odata.type': '#microsoft.graph.userMfaSignInSummary',
    id: stableGuid(`${state.tenant.id}:userMfaSignInSummary:${day.day}`),
    createdDateTime: new Date(day.day).toISOString().replace('.000Z', 'Z'),
    totalSignIns: day.total,
    singleFactorSignIns: day.singleFactor,
    multiFactorSignIns: day.multiFactor,
  }));
  return ok(collection(contextOf(request, 'reports/authenticationMethods/userMfaSignInSummary'), rows));
}

export const activityReportRoutes: GraphRoute[] = [
  {
    method: 'GET',
    versions: ['beta'],
    throttle: 'reports',
    pattern: functionPattern('userRegistrationActivity'),
    handler: userRegistrationActivity,
  },
  {
    method: 'GET',
    versions: ['beta'],
    throttle: 'reports',
    pattern: functionPattern('userSignInsByAuthMethodSummary'),
    handler: userSignInsByAuthMethodSummary,
  },
  {
    method: 'GET',
    versions: ['beta'],
    throttle: 'reports',
    pattern: new RegExp(`^${ROOT}/userEventsSummary$`),
    handler: userEventsSummary,
  },
  {
    method: 'GET',
    versions: ['beta'],
    throttle: 'reports',
    pattern: new RegExp(`^${ROOT}/userMfaSignInSummary$`),
    handler: userMfaSignInSummary,
  },
];
