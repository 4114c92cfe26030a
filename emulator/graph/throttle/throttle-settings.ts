/** Graph's limits as the emulator enforces them (docs/graph-notes.md §8.3); the control API can change them. */
export interface ThrottleSettings {
  /** Identity and access reports: N requests per window per app and tenant. 0 turns the limit off. */
  reports: { limit: number; windowMs: number };
  /** Directory resource units per window per app and tenant; `undefined` limit picks by tenant size. */
  directory: { limit: number | undefined; windowMs: number };
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  reports: { limit: 5, windowMs: 10_000 },
  directory: { limit: undefined, windowMs: 10_000 },
};

/** S (<50 users) 3,500 / M (50–500) 5,000 / L (>500) 8,000 resource units per 10 s. */
export function directoryQuotaFor(userCount: number): number {
  return userCount < 50 ? 3500 : userCount <= 500 ? 5000 : 8000;
}
