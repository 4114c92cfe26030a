import { featureLabel, usageMethodLabel } from './usage-methods.ts';

export interface UsageSummaryItem {
  feature?: string | null;
  authMethod?: string | null;
  successfulActivityCount?: number | string | null;
  failureActivityCount?: number | string | null;
}

export interface UsageRow {
  key: string;
  feature: string;
  method: string;
  label: string;
  successes: number;
  failures: number;
  total: number;
  /** 0..1; null when nothing happened. */
  failureRate: number | null;
}

const count = (value: unknown): number => {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : 0;
  return Number.isFinite(n) ? n : 0;
};

/**
 * One row per feature and method with its failure rate, highest rate first, then busiest; rows with no
 * activity go last (they are shown in the table, left off the chart).
 */
export function usageRows(items: readonly UsageSummaryItem[]): UsageRow[] {
  const byKey = new Map<string, UsageRow>();
  for (const item of items) {
    const feature = item.feature ?? 'unknown';
    const method = item.authMethod ?? 'unknown';
    const key = `${feature}:${method}`;
    const row = byKey.get(key) ?? {
      key,
      feature,
      method,
      label: `${usageMethodLabel(method)} · ${featureLabel(feature)}`,
      successes: 0,
      failures: 0,
      total: 0,
      failureRate: null,
    };
    row.successes += count(item.successfulActivityCount);
    row.failures += count(item.failureActivityCount);
    row.total = row.successes + row.failures;
    row.failureRate = row.total > 0 ? row.failures / row.total : null;
    byKey.set(key, row);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      (b.failureRate ?? -1) - (a.failureRate ?? -1) || b.total - a.total || a.label.localeCompare(b.label),
  );
}

export function usageTotals(rows: readonly UsageRow[]): {
  successes: number;
  failures: number;
  failureRate: number | null;
} {
  const successes = rows.reduce((sum, r) => sum + r.successes, 0);
  const failures = rows.reduce((sum, r) => sum + r.failures, 0);
  return {
    successes,
    failures,
    failureRate: successes + failures > 0 ? failures / (successes + failures) : null,
  };
}
