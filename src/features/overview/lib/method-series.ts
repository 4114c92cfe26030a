import type { UserRegistrationMethodSummary } from '@microsoft/microsoft-graph-types-beta';
import { toCount } from './feature-kpis.ts';
import { methodLabel } from '../../../domain/auth-methods/method-labels.ts';

export interface MethodBar {
  method: string;
  label: string;
  users: number;
}

/**
 * Bars for "users per method", most used first. Spellings that mean the same method (doc typos) are
 * merged; methods nobody registered are left off the chart but kept in the table.
 */
export function methodSeries(summary: UserRegistrationMethodSummary): {
  bars: MethodBar[];
  rows: MethodBar[];
} {
  const byLabel = new Map<string, MethodBar>();
  for (const entry of summary.userRegistrationMethodCounts ?? []) {
    const method = entry.authenticationMethod ?? 'unknown';
    const label = methodLabel(method);
    const existing = byLabel.get(label);
    if (existing) existing.users += toCount(entry.userCount);
    else byLabel.set(label, { method, label, users: toCount(entry.userCount) });
  }
  const rows = [...byLabel.values()].sort((a, b) => b.users - a.users || a.label.localeCompare(b.label));
  return { rows, bars: rows.filter((r) => r.users > 0) };
}
