import type {
  UserRegistrationFeatureSummary,
  UserRegistrationMethodSummary,
} from '@microsoft/microsoft-graph-types-beta';
import type { Snapshot } from '../../../domain/history/snapshot.ts';
import { featureKpis, toCount } from './feature-kpis.ts';
import type { StrengthSummary } from './strength-summary.ts';

// Graph's method names are free strings; one that could not be a figure name is left out of history.
const FIGURE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,79}$/;

/** The Overview's share of a daily snapshot: counts of users, as shown on the page. */
export function overviewSections(
  features: UserRegistrationFeatureSummary,
  methods: UserRegistrationMethodSummary,
  strength: StrengthSummary,
): Snapshot['sections'] {
  const { total, kpis } = featureKpis(features);
  const methodCounts: Record<string, number> = {};
  for (const m of methods.userRegistrationMethodCounts ?? []) {
    const name = m.authenticationMethod ?? '';
    if (FIGURE_NAME.test(name)) methodCounts[name] = (methodCounts[name] ?? 0) + toCount(m.userCount);
  }
  return {
    features: { total, ...Object.fromEntries(kpis.map((k) => [k.feature, k.count])) },
    methods: methodCounts,
    strength: { total: strength.totalUsers, ...strength.overall },
    strengthAdmins: { total: strength.totalAdmins, ...strength.admins },
  };
}
