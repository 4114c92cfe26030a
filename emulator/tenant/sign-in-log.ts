import type { AuthMethod, DefaultMethod, Tenant, TenantUser } from './model.ts';
import { createRandom, type Random } from './random.ts';
import { stableGuid } from './stable-id.ts';

/**
 * The sign-in log's interactive user sign-ins (graph-docs-contrib beta resources/signin.md), made from what
 * each user holds: a sign-in uses only methods the user has, after they were created and never after Graph's
 * `lastUsedDateTime` for them; each method with a `lastUsedDateTime` has a sign-in at that moment; and nobody
 * signs in after their last method use, which is what `signInActivity` reports (sign-in-activity.ts). Made
 * lazily, one user-day at a time, so a 100k-user tenant starts at once; the control API appends live ones.
 */

/** How a step was met, as the sign-in's `authenticationDetails` names it (docs/graph-notes.md §12.2). */
export type StepMethod =
  | 'password'
  | 'sms'
  | 'voice'
  | 'authenticatorPush'
  | 'authenticatorPasswordless'
  | 'oath'
  | 'fido2'
  | 'windowsHello'
  | 'platformCredential'
  | 'temporaryAccessPass';

export interface SignInRecord {
  id: string;
  at: number;
  user: TenantUser;
  primary: StepMethod;
  /** The second factor, when the sign-in asked for one. */
  secondary?: StepMethod;
  app: { appId: string; displayName: string };
  ipAddress: string;
  /**
   * How it went, when not plainly: a wrong password (the first step fails, none follows), a second factor that
   * failed, or MFA met by a claim already in the token ("Previously satisfied"; `secondary` is then unset).
   */
  outcome?: 'badPassword' | 'mfaFailed' | 'previouslySatisfied';
}

const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Interactive sign-ins per active member on a working day (as generate-sign-ins.ts). */
const DAILY_SIGN_INS = 2.4;
const MFA_PROMPT_RATE = 0.55;
const PASSWORDLESS_USE = 0.75;
const TAP_USE = 0.5;
/** Of password sign-ins: a wrong password; of those asking for MFA: a failed second step, or one met by a token. */
const BAD_PASSWORD = 0.04;
const MFA_FAILED = 0.04;
const PREVIOUSLY_SATISFIED = 0.2;
const DIURNAL = [1, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 9, 9, 10, 10, 10, 9, 8, 6, 4, 3, 2, 2, 1];

/** First-party clients people sign in to (entra-docs first-party app ids). */
const APPS = [
  { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', displayName: 'Microsoft Teams' },
  { appId: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', displayName: 'Microsoft Office' },
  { appId: '00000002-0000-0ff1-ce00-000000000000', displayName: 'Office 365 Exchange Online' },
  { appId: '19db86c3-b2b9-44cc-b339-36da233a3be2', displayName: 'My Signins' },
] as const;

const SECOND_FACTOR: Record<DefaultMethod, StepMethod | undefined> = {
  push: 'authenticatorPush',
  sms: 'sms',
  voiceMobile: 'voice',
  voiceAlternateMobile: 'voice',
  voiceOffice: 'voice',
  oath: 'oath',
  none: undefined,
};

const time = (iso: string | null) => (iso ? Date.parse(iso) : NaN);

/** The step a method meets when it signs someone in, or undefined for methods that never do (email). */
export function stepOf(method: AuthMethod): StepMethod | undefined {
  switch (method.kind) {
    case 'password':
      return 'password';
    case 'phone':
      return 'sms';
    case 'microsoftAuthenticator':
      return method.passwordless ? 'authenticatorPasswordless' : 'authenticatorPush';
    case 'softwareOath':
      return 'oath';
    case 'fido2':
      return 'fido2';
    case 'windowsHelloForBusiness':
      return 'windowsHello';
    case 'platformCredential':
      return 'platformCredential';
    case 'temporaryAccessPass':
      return 'temporaryAccessPass';
    default:
      return undefined;
  }
}

const PASSWORDLESS: ReadonlySet<StepMethod> = new Set([
  'windowsHello',
  'fido2',
  'platformCredential',
  'authenticatorPasswordless',
]);

/** Whether the method could have been used at `at`: it existed, and Graph's last use is not earlier. */
function usableAt(method: AuthMethod, at: number): boolean {
  const created = time(method.createdDateTime);
  if (Number.isFinite(created) && created > at) return false;
  const lastUsed = time(method.lastUsedDateTime);
  if (Number.isFinite(lastUsed) && lastUsed < at) return false;
  if (method.kind === 'temporaryAccessPass') {
    const start = time(method.startDateTime);
    return Number.isFinite(start) && at >= start && at <= start + method.lifetimeInMinutes * 60_000;
  }
  return true;
}

/** The user's last method use: no sign-in comes after it (Graph's `signInActivity` says the same). */
export function lastUseOf(user: TenantUser): number | undefined {
  let latest: number | undefined;
  for (const m of user.methods) {
    const used = time(m.lastUsedDateTime);
    if (Number.isFinite(used) && (latest === undefined || used > latest)) latest = used;
  }
  return latest;
}

/** A TEST-NET-2 address per user. */
const addressOf = (user: TenantUser) => `198.51.100.${(parseInt(user.id.slice(2, 4), 16) % 254) + 1}`;

function record(
  tenant: Tenant,
  user: TenantUser,
  at: number,
  key: string,
  primary: StepMethod,
  secondary: StepMethod | undefined,
  rng: Random,
): SignInRecord {
  return {
    id: stableGuid(`${tenant.id}:signin:${user.id}:${key}`),
    // Whole seconds, as the log shows them: a filter on the shown time finds the row.
    at: Math.floor(at / 1000) * 1000,
    user,
    primary,
    secondary,
    app: rng.pick(APPS),
    ipAddress: addressOf(user),
  };
}

/** What a user signs in with at `at`: their strongest usable passwordless method most times, else a password. */
function choose(user: TenantUser, at: number, rng: Random): [StepMethod, StepMethod | undefined] {
  let passwordless: StepMethod | undefined;
  let tap = false;
  for (const m of user.methods) {
    if (!usableAt(m, at)) continue;
    const step = stepOf(m);
    if (step === 'temporaryAccessPass') tap = true;
    else if (step && PASSWORDLESS.has(step) && passwordless === undefined) passwordless = step;
  }
  if (tap && rng.chance(TAP_USE)) return ['temporaryAccessPass', undefined];
  if (passwordless && rng.chance(PASSWORDLESS_USE)) return [passwordless, undefined];
  const factor = SECOND_FACTOR[user.defaultMethod];
  const backing = user.methods.find(
    (m) => stepOf(m) === (factor === 'voice' ? 'sms' : factor) && usableAt(m, at),
  );
  return ['password', backing && rng.chance(MFA_PROMPT_RATE) ? factor : undefined];
}

/**
 * Makes some password sign-ins go otherwise: wrong passwords, failed second factors and MFA met by the token.
 * Sign-ins at a method's `lastUsedDateTime` never do: they are the uses Graph reports.
 */
function withOutcome(signIn: SignInRecord, roll: number): void {
  if (signIn.primary !== 'password') return;
  if (roll < BAD_PASSWORD) {
    signIn.outcome = 'badPassword';
    signIn.secondary = undefined;
  } else if (signIn.secondary && roll < BAD_PASSWORD + MFA_FAILED) signIn.outcome = 'mfaFailed';
  else if (signIn.secondary && roll < BAD_PASSWORD + MFA_FAILED + PREVIOUSLY_SATISFIED) {
    signIn.outcome = 'previouslySatisfied';
    signIn.secondary = undefined;
  }
}

/**
 * The user's sign-ins in the UTC day starting at `dayStart`, oldest first: the generated ones, and those at a
 * method's `lastUsedDateTime` that fall in the day.
 */
export function userDaySignIns(
  tenant: Tenant,
  user: TenantUser,
  dayStart: number,
  now: number,
): SignInRecord[] {
  const last = lastUseOf(user);
  if (!user.accountEnabled || last === undefined || dayStart > last) return [];
  const until = Math.min(dayStart + DAY - 1, last, now);
  const day = Math.floor(dayStart / DAY);
  const rng = createRandom(`${tenant.id}:signins:${user.id}:${day}`);
  const out: SignInRecord[] = [];
  const weekday = new Date(dayStart).getUTCDay() % 6 === 0 ? 0.3 : 1;
  const expected = DAILY_SIGN_INS * weekday * (user.userType === 'guest' ? 0.3 : 1);
  const count = Math.floor(expected + rng.next());
  // A stream of its own, so the sign-ins themselves stay as they were before outcomes existed.
  const luck = createRandom(`${tenant.id}:signin-outcomes:${user.id}:${day}`);
  for (let i = 0; i < count; i++) {
    const hour = rng.weighted(DIURNAL.map((w, h) => [h, w] as const));
    const at = dayStart + hour * HOUR + rng.int(0, 3599) * 1000;
    const [primary, secondary] = choose(user, at, rng);
    // Every draw is made for every sign-in of the day, so one's app and outcome never depend on whether a
    // sign-in before it has happened yet (today's, as the clock moves).
    const signIn = record(tenant, user, at, `${day}:${i}`, primary, secondary, rng);
    withOutcome(signIn, luck.next());
    if (at <= until) out.push(signIn);
  }
  for (const m of user.methods) {
    const used = time(m.lastUsedDateTime);
    const step = stepOf(m);
    if (!step || !Number.isFinite(used) || used < dayStart || used > until) continue;
    const [primary, secondary] =
      PASSWORDLESS.has(step) || step === 'password' || step === 'temporaryAccessPass'
        ? [step, undefined]
        : ['password' as const, step];
    out.push(record(tenant, user, used, `last:${m.id}`, primary, secondary, rng));
  }
  return out.sort((a, b) => a.at - b.at);
}

interface LiveSignIns {
  records: SignInRecord[];
}
const live = new WeakMap<Tenant, LiveSignIns>();

export function liveSignInsOf(tenant: Tenant): readonly SignInRecord[] {
  return live.get(tenant)?.records ?? [];
}

/**
 * A sign-in appended through the control API. Graph's `lastUsedDateTime` is left as it was: it lags, and is
 * null for many methods, which is why the app reads the log.
 */
export function appendSignIn(
  tenant: Tenant,
  user: TenantUser,
  method: AuthMethod,
  at: number,
  mfa: boolean,
): SignInRecord {
  const step = stepOf(method);
  if (!step) throw new Error(`a ${method.kind} method does not sign anyone in`);
  const entry = live.get(tenant) ?? { records: [] };
  live.set(tenant, entry);
  const passwordless = PASSWORDLESS.has(step) || step === 'password' || step === 'temporaryAccessPass';
  const rng = createRandom(`${tenant.id}:live:${entry.records.length}`);
  const signIn = record(
    tenant,
    user,
    at,
    `live:${entry.records.length}`,
    passwordless ? step : 'password',
    passwordless ? undefined : step,
    rng,
  );
  if (!mfa && !passwordless) signIn.secondary = undefined;
  entry.records.push(signIn);
  return signIn;
}
