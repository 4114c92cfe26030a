// The reports refresh every few hours on Entra's side: refetching them more often only spends the
// 5-requests-per-10-seconds reports budget.
export const REPORT_STALE_MS = 15 * 60_000;
