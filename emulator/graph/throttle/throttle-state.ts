import { DEFAULT_THROTTLE, directoryQuotaFor, type ThrottleSettings } from './throttle-settings.ts';

export interface ThrottleDecision {
  /** Seconds until the request would have been accepted; undefined when it is accepted. */
  retryAfterSeconds?: number;
  /** Share of the limit in use after this request (0..1), for x-ms-throttle-limit-percentage. */
  usage: number;
  scope: 'reports' | 'directory';
  limit: number;
}

/**
 * Sliding windows per app: every request counts, accepted or refused, as Graph counts them
 * (docs/graph-notes.md §8.2: "every request, throttled or not, counts toward the limit").
 */
export class ThrottleState {
  settings: ThrottleSettings;
  private readonly reportCalls = new Map<string, number[]>();
  private readonly directoryUnits = new Map<string, { at: number; units: number }[]>();
  throttledCount = 0;

  constructor(private readonly defaults: ThrottleSettings = DEFAULT_THROTTLE) {
    this.settings = structuredClone(defaults);
  }

  reset(): void {
    this.settings = structuredClone(this.defaults);
    this.reportCalls.clear();
    this.directoryUnits.clear();
    this.throttledCount = 0;
  }

  checkReports(appId: string, now: number): ThrottleDecision {
    const { limit, windowMs } = this.settings.reports;
    if (limit <= 0) return { usage: 0, scope: 'reports', limit };
    const calls = (this.reportCalls.get(appId) ?? []).filter((t) => t > now - windowMs);
    const accepted = calls.length < limit;
    // The oldest call in the window decides when a slot frees up.
    const retryAfterSeconds = accepted
      ? undefined
      : Math.max(0.001, ((calls[calls.length - limit] ?? now) + windowMs - now) / 1000);
    calls.push(now);
    this.reportCalls.set(appId, calls);
    if (!accepted) this.throttledCount++;
    return { retryAfterSeconds, usage: Math.min(1, calls.length / limit), scope: 'reports', limit };
  }

  checkDirectory(appId: string, cost: number, userCount: number, now: number): ThrottleDecision {
    const { windowMs } = this.settings.directory;
    const limit = this.settings.directory.limit ?? directoryQuotaFor(userCount);
    if (limit <= 0) return { usage: 0, scope: 'directory', limit };
    const entries = (this.directoryUnits.get(appId) ?? []).filter((e) => e.at > now - windowMs);
    const used = entries.reduce((sum, e) => sum + e.units, 0);
    const accepted = used + cost <= limit;
    entries.push({ at: now, units: cost });
    this.directoryUnits.set(appId, entries);
    if (!accepted) this.throttledCount++;
    const retryAfterSeconds = accepted
      ? undefined
      : Math.max(0.001, ((entries[0]?.at ?? now) + windowMs - now) / 1000);
    return { retryAfterSeconds, usage: Math.min(1, (used + cost) / limit), scope: 'directory', limit };
  }
}
