import { usageMethodLabel } from './usage-methods.ts';

export interface UsageEvent {
  authMethod?: string | null;
  isSuccess?: boolean | null;
  failureReason?: string | null;
}

export interface MethodFailureReasons {
  method: string;
  label: string;
  failures: number;
  reasons: { reason: string; count: number }[];
}

/** The most frequent failure reasons per method, busiest method first, from a sample of events. */
export function topFailureReasons(events: readonly UsageEvent[], perMethod = 3): MethodFailureReasons[] {
  const byMethod = new Map<string, Map<string, number>>();
  for (const event of events) {
    if (event.isSuccess !== false) continue;
    const method = event.authMethod ?? 'unknown';
    const reason = event.failureReason?.trim() || 'No reason given';
    const reasons = byMethod.get(method) ?? new Map<string, number>();
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    byMethod.set(method, reasons);
  }
  return [...byMethod]
    .map(([method, reasons]) => ({
      method,
      label: usageMethodLabel(method),
      failures: [...reasons.values()].reduce((a, b) => a + b, 0),
      reasons: [...reasons]
        .map(([reason, n]) => ({ reason, count: n }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
        .slice(0, perMethod),
    }))
    .sort((a, b) => b.failures - a.failures || a.label.localeCompare(b.label));
}
