/** Cuts the tenant's activity to a report window: (from, to] for events, hourly buckets for sign-ins. */
import {
  FEATURE_TYPES,
  SIGN_IN_METHODS,
  USAGE_AUTH_METHODS,
  type ActivityEvents,
  type FeatureType,
  type SignInHistory,
  type SignInMethod,
  type UsageAuthMethod,
} from './activity-model.ts';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** First index whose time is at or before `instant`; events are newest first. */
function firstAtOrBefore(times: Float64Array, instant: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] ?? 0) > instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Event indices [start, end) that happened in (from, to]. */
export function eventRange(events: ActivityEvents, from: number, to: number): [number, number] {
  return [firstAtOrBefore(events.times, to), firstAtOrBefore(events.times, from)];
}

export interface ActivityCount {
  successful: number;
  failed: number;
}

/** Successes and failures per feature and method in (from, to]. */
export function countActivity(
  events: ActivityEvents,
  from: number,
  to: number,
): (feature: FeatureType, method: UsageAuthMethod) => ActivityCount {
  const methods = USAGE_AUTH_METHODS.length;
  const cells = new Uint32Array(FEATURE_TYPES.length * methods * 2);
  const [start, end] = eventRange(events, from, to);
  for (let i = start; i < end; i++) {
    const cell = ((events.features[i] ?? 0) * methods + (events.methods[i] ?? 0)) * 2;
    const failed = (events.reasons[i] ?? 0) === 0 ? 0 : 1;
    cells[cell + failed] = (cells[cell + failed] ?? 0) + 1;
  }
  return (feature, method) => {
    const cell = (FEATURE_TYPES.indexOf(feature) * methods + USAGE_AUTH_METHODS.indexOf(method)) * 2;
    return { successful: cells[cell] ?? 0, failed: cells[cell + 1] ?? 0 };
  };
}

/** Hourly buckets that started in [from, to). */
function bucketRange(history: SignInHistory, from: number, to: number): [number, number] {
  const start = Math.max(0, Math.ceil((from - history.start) / HOUR));
  const end = Math.min(history.hours, Math.ceil((to - history.start) / HOUR));
  return [start, Math.max(start, end)];
}

/** Successful sign-ins per method in the window, every method listed (zeros included, as the sample). */
export function signInsByMethod(
  history: SignInHistory,
  from: number,
  to: number,
): { method: SignInMethod; count: number }[] {
  const [start, end] = bucketRange(history, from, to);
  return SIGN_IN_METHODS.map((method, m) => {
    let count = 0;
    for (let h = start; h < end; h++) count += history.byMethod[h * SIGN_IN_METHODS.length + m] ?? 0;
    return { method, count };
  });
}

export interface DailySignIns {
  /** UTC midnight, epoch ms. */
  day: number;
  total: number;
  singleFactor: number;
  multiFactor: number;
}

/** One row per UTC day with sign-ins in the window, oldest first; total = single + multi. */
export function dailySignIns(history: SignInHistory, from: number, to: number): DailySignIns[] {
  const [start, end] = bucketRange(history, from, to);
  const days: DailySignIns[] = [];
  for (let h = start; h < end; h++) {
    const day = Math.floor((history.start + h * HOUR) / DAY) * DAY;
    let row = days[days.length - 1];
    if (row?.day !== day) {
      row = { day, total: 0, singleFactor: 0, multiFactor: 0 };
      days.push(row);
    }
    const total = history.total[h] ?? 0;
    const multi = history.multiFactor[h] ?? 0;
    row.total += total;
    row.multiFactor += multi;
    row.singleFactor += total - multi;
  }
  return days;
}
