import { classifyMethods } from '../../../domain/auth-methods/method-strength.ts';
import { STRENGTH_CLASSES, type StrengthClass } from '../../../../entra-facts/strength-classes.ts';
import { latestUpdateOf } from './latest-update.ts';

/** The registration-report fields the strength scan selects. */
export interface StrengthRow {
  id?: string | null;
  isAdmin?: boolean | null;
  methodsRegistered?: (string | null)[] | null;
  lastUpdatedDateTime?: string | null;
}

export type StrengthCounts = Record<StrengthClass, number>;

export interface StrengthSummary {
  overall: StrengthCounts;
  admins: StrengthCounts;
  totalUsers: number;
  totalAdmins: number;
  /** Unknown method strings and how many users have each, most common first. */
  unrecognised: { method: string; users: number }[];
  /** The freshest row refresh: how current the report is. */
  latestUpdate: string | undefined;
}

const zero = (): StrengthCounts => ({ phishingResistant: 0, strong: 0, weakOnly: 0, none: 0 });

export function summarizeStrength(rows: readonly StrengthRow[]): StrengthSummary {
  const overall = zero();
  const admins = zero();
  const unknown = new Map<string, number>();
  let totalAdmins = 0;
  for (const row of rows) {
    const { strength, unrecognised } = classifyMethods(row.methodsRegistered);
    overall[strength]++;
    if (row.isAdmin === true) {
      admins[strength]++;
      totalAdmins++;
    }
    for (const m of unrecognised) unknown.set(m, (unknown.get(m) ?? 0) + 1);
  }
  return {
    overall,
    admins,
    totalUsers: rows.length,
    totalAdmins,
    unrecognised: [...unknown]
      .map(([method, users]) => ({ method, users }))
      .sort((a, b) => b.users - a.users || a.method.localeCompare(b.method)),
    latestUpdate: latestUpdateOf(rows),
  };
}

export interface StrengthBar {
  strength: StrengthClass;
  label: string;
  /** Share 0..100 of the group, for a chart that compares groups of very different sizes. */
  overall: number;
  admins: number;
}

/** Chart series: each class as a percentage of all users and of admins. */
export function strengthSeries(
  summary: StrengthSummary,
  labels: Record<StrengthClass, string>,
): StrengthBar[] {
  const pct = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 1000) / 10 : 0);
  return STRENGTH_CLASSES.map((strength) => ({
    strength,
    label: labels[strength],
    overall: pct(summary.overall[strength], summary.totalUsers),
    admins: pct(summary.admins[strength], summary.totalAdmins),
  }));
}
