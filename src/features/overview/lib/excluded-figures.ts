import type {
  UserRegistrationFeatureSummary,
  UserRegistrationMethodSummary,
} from '@microsoft/microsoft-graph-types-beta';
import type { SummaryScope } from '../../../lib/graph/query-keys.ts';
import { isExcluded, type ExclusionRow, type Exclusions } from '../../../domain/scope/exclusions.ts';
import type { StrengthRow } from './strength-summary.ts';

/** The registration-report fields the Overview's scan selects. */
export interface ScanRow extends StrengthRow, ExclusionRow {
  isMfaCapable?: boolean | null;
  isSsprRegistered?: boolean | null;
  isSsprEnabled?: boolean | null;
  isSsprCapable?: boolean | null;
  isPasswordlessCapable?: boolean | null;
}

const FEATURE_FLAGS = {
  mfaCapable: 'isMfaCapable',
  ssprRegistered: 'isSsprRegistered',
  ssprEnabled: 'isSsprEnabled',
  ssprCapable: 'isSsprCapable',
  passwordlessCapable: 'isPasswordlessCapable',
} as const;

/** The rows that still count: outside the exclusions and inside the report scope, as far as rows tell. */
export function rowsInView(
  rows: readonly ScanRow[],
  scope: SummaryScope,
  exclusions: Exclusions,
  disabledIds: ReadonlySet<string>,
): ScanRow[] {
  return rows.filter((row) => {
    if (isExcluded(row, exclusions, disabledIds)) return false;
    if (scope.userTypes !== 'all' && row.userType?.toLowerCase() !== scope.userTypes) return false;
    // Rows say admin or not, not which role: "privileged admins" narrows to admins (the page says so).
    if (scope.userRoles === 'user') return row.isAdmin !== true;
    if (scope.userRoles !== 'all') return row.isAdmin === true;
    return true;
  });
}

/**
 * Graph's summary endpoints cannot leave out named or disabled accounts, so with exclusions the
 * Overview counts the same figures from the registration report's rows, in the summaries' own shapes.
 */
export function summariesFromRows(rows: readonly ScanRow[]): {
  features: UserRegistrationFeatureSummary;
  methods: UserRegistrationMethodSummary;
} {
  const methodCounts = new Map<string, number>();
  for (const row of rows)
    for (const m of new Set(row.methodsRegistered ?? []))
      if (m) methodCounts.set(m, (methodCounts.get(m) ?? 0) + 1);
  return {
    features: {
      totalUserCount: rows.length,
      userRegistrationFeatureCounts: Object.entries(FEATURE_FLAGS).map(([feature, flag]) => ({
        feature: feature as keyof typeof FEATURE_FLAGS,
        userCount: rows.filter((r) => r[flag] === true).length,
      })),
    },
    methods: {
      totalUserCount: rows.length,
      userRegistrationMethodCounts: [...methodCounts].map(([authenticationMethod, userCount]) => ({
        authenticationMethod,
        userCount,
      })),
    },
  };
}
