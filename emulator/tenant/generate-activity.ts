/**
 * The tenant's SSPR/MFA registration and reset events and its sign-in history, derived from the
 * seed and the users' registered methods: the same tenant always gets the same activity.
 */
import {
  FEATURE_TYPES,
  USAGE_AUTH_METHODS,
  type ActivityEvents,
  type TenantActivity,
} from './activity-model.ts';
import { usageOptionsOf, usageOptionsOfUser, type UsageOption } from './activity-methods.ts';
import { CHANNEL_REASONS, FEATURE_REASONS, HOSTILE_REASONS } from './failure-reasons.ts';
import { HOSTILE_USERS } from './hostile-users.ts';
import type { Tenant, TenantUser } from './model.ts';
import { registrationRowOf } from './registration-details.ts';
import { generateSignIns } from './generate-sign-ins.ts';
import { createRandom, type Random } from './random.ts';

const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** How far back the generated activity reaches: the longest report period (d30). */
export const ACTIVITY_DAYS = 30;

const METHOD_INDEX = new Map<string, number>(USAGE_AUTH_METHODS.map((m, i) => [m, i]));
const REGISTRATION = FEATURE_TYPES.indexOf('registration');
const RESET = FEATURE_TYPES.indexOf('reset');

// Chances per user over the 30 days: most users have no event at all.
const REREGISTRATION_RATE = 0.04;
const RESET_RATE_REGISTERED = 0.06;
const RESET_RATE_UNREGISTERED = 0.004;
const HOSTILE_SHARE = 0.03;

/** Growable parallel columns; sorted into typed arrays once at the end. */
class EventSink {
  /** Whether failure reasons may be hostile strings (the tenant's hostile test data). */
  constructor(readonly hostile: boolean) {}
  readonly users: TenantUser[] = [];
  readonly times: number[] = [];
  readonly features: number[] = [];
  readonly methods: number[] = [];
  readonly reasons: number[] = [];

  add(user: TenantUser, time: number, feature: number, method: number, reason: number): void {
    this.users.push(user);
    this.times.push(time);
    this.features.push(feature);
    this.methods.push(method);
    this.reasons.push(reason);
  }

  /** Newest first, as an activity feed reads. */
  freeze(): ActivityEvents {
    const order = this.times.map((_, i) => i).sort((a, b) => (this.times[b] ?? 0) - (this.times[a] ?? 0));
    const take = <T>(column: readonly T[]) => order.map((i) => column[i] as T);
    return {
      count: order.length,
      users: take(this.users),
      times: Float64Array.from(take(this.times)),
      features: Uint8Array.from(take(this.features)),
      methods: Uint8Array.from(take(this.methods)),
      reasons: Uint8Array.from(take(this.reasons)),
    };
  }
}

function pickOption(rng: Random, options: readonly UsageOption[]): UsageOption {
  return rng.weighted(options.map((o) => [o, o.weight] as const));
}

function failureReason(rng: Random, feature: number, option: UsageOption, hostile: boolean): number {
  const roll = rng.next();
  if (roll < HOSTILE_SHARE && hostile) return rng.pick(HOSTILE_REASONS);
  if (roll < 0.25) return rng.pick(feature === RESET ? FEATURE_REASONS.reset : FEATURE_REASONS.registration);
  return rng.pick(CHANNEL_REASONS[option.channel]);
}

/** A random moment in [from, to), mostly in working hours. */
function activityTime(rng: Random, from: number, to: number): number {
  let time = from + rng.next() * (to - from);
  const hour = new Date(time).getUTCHours();
  if ((hour < 6 || hour >= 20) && rng.chance(0.7)) time = from + rng.next() * (to - from);
  return Math.floor(time / SECOND) * SECOND;
}

/** One sitting ending around `end`: failed attempts minutes apart, the last one succeeding when `succeeds`. */
function session(
  sink: EventSink,
  rng: Random,
  user: TenantUser,
  feature: number,
  options: readonly UsageOption[],
  end: number,
  attempts: number,
  succeeds: boolean,
): void {
  let time = end - (attempts - 1) * 150 * SECOND;
  for (let k = 0; k < attempts; k++) {
    const option = pickOption(rng, options);
    const success = succeeds && k === attempts - 1;
    const reason = success ? 0 : failureReason(rng, feature, option, sink.hostile);
    sink.add(user, time, feature, METHOD_INDEX.get(option.method) ?? 0, reason);
    time += rng.int(30, 270) * SECOND;
  }
}

interface ActivitySpan {
  readonly from: number;
  readonly to: number;
  /** The same bounds as ISO strings: creation dates compare as text, with no Date.parse per method. */
  readonly fromIso: string;
  readonly toIso: string;
}

function userEvents(sink: EventSink, rng: Random, tenant: Tenant, user: TenantUser, span: ActivitySpan) {
  const { from, to, fromIso, toIso } = span;
  // Methods registered inside the window left a registration trail, sometimes after a failed try.
  for (const method of user.methods) {
    const created = method.createdDateTime;
    if (created === null || created < fromIso || created >= toIso) continue;
    const options = usageOptionsOf(method);
    if (options.length === 0) continue;
    const at = Math.floor(Date.parse(created) / SECOND) * SECOND;
    session(sink, rng, user, REGISTRATION, options, at, rng.chance(0.25) ? 2 : 1, true);
  }
  let options: UsageOption[] | undefined;
  if (rng.chance(REREGISTRATION_RATE)) {
    options = usageOptionsOfUser(user);
    if (options.length > 0) {
      const at = activityTime(rng, from, to - HOUR);
      session(sink, rng, user, REGISTRATION, options, at, rng.int(1, 2), rng.chance(0.7));
    }
  }
  // Resets cluster on users SSPR can serve; the rest fail now and then trying anyway.
  const roll = rng.next();
  if (roll >= RESET_RATE_REGISTERED) return;
  // SSPR-capable (registered and enabled) as the registration report says, at generation time.
  const ready = registrationRowOf(tenant, user, to).isSsprCapable;
  if (!ready && roll >= RESET_RATE_UNREGISTERED) return;
  const resetOptions = (options ?? usageOptionsOfUser(user)).filter((o) => o.reset);
  if (resetOptions.length === 0) return;
  const sittings = ready && rng.chance(0.2) ? 2 : 1;
  for (let s = 0; s < sittings; s++) {
    const attempts = rng.weighted([
      [1, 70],
      [2, 20],
      [3, 10],
    ] as const);
    const at = activityTime(rng, from, to - HOUR);
    session(sink, rng, user, RESET, resetOptions, at, attempts, ready && rng.chance(0.85));
  }
}

/**
 * The hostile users' failed registrations, each with a markup, script, event-handler or `javascript:` reason:
 * always there for the e2e tests, mid-window so the newest-first feeds other tests read do not change. Added
 * after the seeded events without drawing random numbers, so those stay as they were.
 */
function hostileEvents(sink: EventSink, tenant: Tenant, span: ActivitySpan): void {
  const hostile = HOSTILE_USERS.flatMap((h) =>
    tenant.users.filter((u) => u.userPrincipalName.startsWith(`${h.alias}@`)),
  );
  if (hostile.length === 0) return;
  HOSTILE_REASONS.slice(0, 4).forEach((reason, k) => {
    const user = hostile[k % hostile.length]!;
    const [option] = usageOptionsOfUser(user);
    if (!option) return;
    const at = span.from + (10 + k) * DAY + 10 * HOUR;
    sink.add(user, at, REGISTRATION, METHOD_INDEX.get(option.method) ?? 0, reason);
  });
}

/** Derives the activity deterministically from `${tenant.seed}:activity`; pure, not memoized. */
export function generateActivity(tenant: Tenant): TenantActivity {
  const rng = createRandom(`${tenant.seed}:activity`);
  const to = Math.floor(Date.parse(tenant.generatedAt) / HOUR) * HOUR;
  const from = to - ACTIVITY_DAYS * DAY;
  const span: ActivitySpan = {
    from,
    to,
    fromIso: new Date(from).toISOString(),
    toIso: new Date(to - HOUR).toISOString(),
  };
  const sink = new EventSink(tenant.hostile);
  for (const user of tenant.users) {
    // Guests reset their password at home; disabled accounts do nothing.
    if (!user.accountEnabled || user.userType !== 'member') continue;
    userEvents(sink, rng, tenant, user, span);
  }
  hostileEvents(sink, tenant, span);
  return {
    events: sink.freeze(),
    signIns: generateSignIns(tenant.users, rng, to, ACTIVITY_DAYS * 24),
  };
}

const memo = new WeakMap<Tenant, TenantActivity>();

/** The tenant's activity, computed once per tenant object (a reset builds a new tenant). */
export function activityOf(tenant: Tenant): TenantActivity {
  let activity = memo.get(tenant);
  if (!activity) {
    activity = generateActivity(tenant);
    memo.set(tenant, activity);
  }
  return activity;
}
