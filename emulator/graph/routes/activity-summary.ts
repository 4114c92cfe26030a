/** Per-method success/failure counts behind userRegistrationActivity and getCredentialUsageSummary. */
import type { FeatureType, TenantActivity, UsageAuthMethod } from '../../tenant/activity-model.ts';
import { countActivity } from '../../tenant/activity-reports.ts';
import { stableGuid } from '../../tenant/stable-id.ts';
import type { GraphRequest } from '../graph-route.ts';
import { compileFilter, parseFilter, type FilterSchema } from '../odata/index.ts';
import { checkEnumLiterals } from './activity-report-schema.ts';
import { usageAuthMethodWriter } from './evolvable-enums.ts';
import type { ReportPeriod } from './report-period.ts';

export interface ActivitySummaryRow {
  id: string;
  feature: FeatureType;
  successfulActivityCount: number;
  failureActivityCount: number;
  authMethod: UsageAuthMethod;
}

export interface ActivitySummary {
  grid: readonly (readonly [FeatureType, UsageAuthMethod])[];
  schema: FilterSchema;
  /** Keeps each report's row ids apart. */
  idPrefix: string;
  odataType?: string;
}

/** One row per grid cell, filtered on the true values and then written per the evolvable-enum rule. */
export function activitySummaryRows(
  request: GraphRequest,
  activity: TenantActivity,
  period: ReportPeriod,
  filter: string | undefined,
  summary: ActivitySummary,
) {
  let predicate: ((row: ActivitySummaryRow) => boolean) | undefined;
  if (filter) {
    const node = parseFilter(filter);
    checkEnumLiterals(node);
    predicate = compileFilter<ActivitySummaryRow>(node, summary.schema);
  }
  const counts = countActivity(activity.events, period.from, period.to);
  const tenantId = request.state.tenant.id;
  let rows = summary.grid.map(([feature, authMethod]): ActivitySummaryRow => {
    const { successful, failed } = counts(feature, authMethod);
    return {
      id: stableGuid(`${tenantId}:${summary.idPrefix}:${feature}:${authMethod}`),
      feature,
      successfulActivityCount: successful,
      failureActivityCount: failed,
      authMethod,
    };
  });
  if (predicate) rows = rows.filter(predicate);
  const write = usageAuthMethodWriter(request);
  return rows.map((row) => ({
    ...(summary.odataType ? { '@odata.type': summary.odataType } : {}),
    ...row,
    authMethod: write(row.authMethod),
  }));
}
