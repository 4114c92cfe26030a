/** The per-event feed behind userEventsSummary and the legacy userCredentialUsageDetails. */
import {
  FEATURE_TYPES,
  USAGE_AUTH_METHODS,
  type FeatureType,
  type TenantActivity,
  type UsageAuthMethod,
} from '../../tenant/activity-model.ts';
import { eventRange } from '../../tenant/activity-reports.ts';
import { FAILURE_REASONS } from '../../tenant/failure-reasons.ts';
import { ACTIVITY_DAYS } from '../../tenant/generate-activity.ts';
import { stableGuid } from '../../tenant/stable-id.ts';
import { ok, type GraphRequest, type GraphResult } from '../graph-route.ts';
import {
  applySelect,
  compileFilter,
  parseFilter,
  parseOrderBy,
  parseSelect,
  sortRows,
  type FilterSchema,
} from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions, readTop } from '../query-options.ts';
import { decodeSkipToken, encodeSkipToken, nextLinkFor } from '../skip-token.ts';
import { checkEnumLiterals, EVENT_PROPERTIES } from './activity-report-schema.ts';
import { usageAuthMethodWriter } from './evolvable-enums.ts';

const DAY = 86_400_000;

export interface EventFeed {
  /** `@odata.context` fragment, e.g. `reports/authenticationMethods/userEventsSummary`. */
  context: string;
  /** Set where the docs' samples type each item. */
  odataType?: string;
  typeName: string;
  schema: FilterSchema;
  orderBy: readonly string[];
  /** $top default and maximum (1000 for userEventsSummary, §3.7). */
  pageSize: number;
}

/** What filters and sorts read: cheap to build for every event in the window, unlike full rows. */
interface EventView {
  index: number;
  feature: FeatureType;
  isSuccess: boolean;
  failureReason: string;
  authMethod: UsageAuthMethod;
  userDisplayName: string;
  userPrincipalName: string;
}

function viewOf(activity: TenantActivity, index: number): EventView {
  const { events } = activity;
  const user = events.users[index];
  const reason = events.reasons[index] ?? 0;
  return {
    index,
    feature: FEATURE_TYPES[events.features[index] ?? 0] ?? 'registration',
    isSuccess: reason === 0,
    failureReason: FAILURE_REASONS[reason] ?? '',
    authMethod: USAGE_AUTH_METHODS[events.methods[index] ?? 0] ?? 'unknownFutureValue',
    // Names are read live: a renamed user shows the new name, as the reports join on the user.
    userDisplayName: user?.displayName ?? '',
    userPrincipalName: user?.userPrincipalName ?? '',
  };
}

/** Event times are whole seconds; Graph prints them without a fraction. */
const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/** Lists the last 30 days of events, newest first unless $orderby says otherwise. */
export function listEvents(request: GraphRequest, activity: TenantActivity, feed: EventFeed): GraphResult {
  const { ctx, state, now, version } = request;
  const options = readQueryOptions(ctx.url, ['$filter', '$orderby', '$top', '$select', '$skiptoken']);
  let predicate: ((row: EventView) => boolean) | undefined;
  if (options.$filter) {
    const node = parseFilter(options.$filter);
    checkEnumLiterals(node);
    predicate = compileFilter<EventView>(node, feed.schema);
  }
  const orderBy = options.$orderby ? parseOrderBy(options.$orderby, feed.orderBy) : undefined;
  const select = options.$select ? parseSelect(options.$select, EVENT_PROPERTIES, feed.typeName) : undefined;
  const top = readTop(options.$top, feed.pageSize, feed.pageSize);
  const queryKey = [ctx.url.pathname, options.$filter, options.$orderby, options.$select, top].join('|');
  const offset = options.$skiptoken ? decodeSkipToken(options.$skiptoken, queryKey) : 0;

  const [start, end] = eventRange(activity.events, now - ACTIVITY_DAYS * DAY, now);
  let views: EventView[] = [];
  for (let i = start; i < end; i++) views.push(viewOf(activity, i));
  if (predicate) views = views.filter(predicate);
  if (orderBy) views = sortRows(views, orderBy);

  const write = usageAuthMethodWriter(request);
  const tenantId = state.tenant.id;
  const page = views.slice(offset, offset + top).map((view) => {
    const row = {
      ...(feed.odataType ? { '@odata.type': feed.odataType } : {}),
      id: stableGuid(`${tenantId}:event:${view.index}`),
      feature: view.feature,
      userPrincipalName: view.userPrincipalName,
      userDisplayName: view.userDisplayName,
      isSuccess: view.isSuccess,
      authMethod: write(view.authMethod),
      failureReason: view.failureReason,
      eventDateTime: isoSeconds(activity.events.times[view.index] ?? 0),
    };
    return applySelect(row, select, ['id']);
  });
  const nextLink =
    offset + top < views.length
      ? nextLinkFor(ctx.url, ctx.baseUrl, encodeSkipToken(offset + top, queryKey))
      : undefined;
  const context = odataContext(
    ctx.baseUrl,
    version,
    select ? `${feed.context}(${select.join(',')})` : feed.context,
  );
  return ok(collection(context, page, { nextLink }));
}
