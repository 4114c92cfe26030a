/** Hourly interactive sign-in counts derived from what each user has registered (§3.6, §3.8). */
import { SIGN_IN_METHODS, type SignInHistory, type SignInMethod } from './activity-model.ts';
import type { AuthMethod, DefaultMethod, TenantUser } from './model.ts';
import type { Random } from './random.ts';

const HOUR = 3_600_000;
const METHOD_COUNT = SIGN_IN_METHODS.length;
const COLUMN = new Map(SIGN_IN_METHODS.map((m, i) => [m, i]));
const col = (method: SignInMethod): number => COLUMN.get(method) ?? 0;
const PASSWORD = col('password');
const SMS_SIGN_IN = col('smsSignIn');
const TAP = col('temporaryAccessPass');

/** Interactive sign-ins per active member on a working day. */
const DAILY_SIGN_INS = 2.4;
/** Share of password sign-ins that Conditional Access sends on to a second factor. */
const MFA_PROMPT_RATE = 0.55;
/** Users with a passwordless method use it for most sign-ins. */
const PASSWORDLESS_USE = 0.75;
const TAP_USE = 0.05;
const SMS_SIGN_IN_USE = 0.5;

// UTC hour weights: a workforce spread over Europe and the Americas, quiet at night.
const DIURNAL = [1, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 9, 9, 10, 10, 10, 9, 8, 6, 4, 3, 2, 2, 1];
const DIURNAL_TOTAL = DIURNAL.reduce((a, b) => a + b, 0);

const SECOND_FACTOR: Record<DefaultMethod, SignInMethod | undefined> = {
  push: 'microsoftAuthenticatorPush',
  sms: 'sms',
  voiceMobile: 'mobilePhone',
  voiceAlternateMobile: 'alternateMobilePhone',
  voiceOffice: 'officePhone',
  oath: 'oneTimePasscode',
  none: undefined,
};

// Strongest first: a user with several passwordless methods signs in with the first one found here.
const PASSWORDLESS_RANK = new Map<SignInMethod, number>(
  (
    [
      'windowsHelloForBusiness',
      'fido2SecurityKey',
      'passKeyDeviceBound',
      'passKeySynced',
      'macOsSecureEnclaveKey',
      'microsoftAuthenticatorPasswordless',
    ] as const
  ).map((m, i) => [m, i]),
);

function passwordlessNameOf(m: AuthMethod): SignInMethod | undefined {
  switch (m.kind) {
    case 'windowsHelloForBusiness':
      return 'windowsHelloForBusiness';
    case 'fido2':
      if (m.reportName === 'passKeySynced') return 'passKeySynced';
      return m.attestationLevel === 'attested' ? 'fido2SecurityKey' : 'passKeyDeviceBound';
    case 'platformCredential':
      return m.platform === 'macOS' ? 'macOsSecureEnclaveKey' : undefined;
    case 'microsoftAuthenticator':
      return m.passwordless ? 'microsoftAuthenticatorPasswordless' : undefined;
    default:
      return undefined;
  }
}

/** What a user can sign in with besides a password, read in one pass over the methods. */
function signInAbilities(user: TenantUser) {
  let passwordless: SignInMethod | undefined;
  let rank = Infinity;
  let tap = false;
  let smsSignIn = false;
  for (const m of user.methods) {
    if (m.kind === 'temporaryAccessPass') tap = true;
    else if (m.kind === 'phone' && m.smsSignInState === 'ready') smsSignIn = true;
    const name = passwordlessNameOf(m);
    const r = name === undefined ? undefined : PASSWORDLESS_RANK.get(name);
    if (r !== undefined && r < rank) [passwordless, rank] = [name, r];
  }
  return { passwordless, tap, smsSignIn };
}

const add = (column: Float64Array | Uint32Array, i: number, amount: number): void => {
  column[i] = (column[i] ?? 0) + amount;
};

/** Expected first and second factors per sign-in, summed over the active users. */
function methodMix(users: readonly TenantUser[]) {
  const first = new Float64Array(METHOD_COUNT);
  const second = new Float64Array(METHOD_COUNT);
  let population = 0;
  for (const user of users) {
    if (!user.accountEnabled) continue;
    const weight = user.userType === 'guest' ? 0.3 : 1;
    population += weight;
    let rest = 1;
    const { passwordless, tap, smsSignIn } = signInAbilities(user);
    if (passwordless) {
      add(first, col(passwordless), weight * PASSWORDLESS_USE);
      rest -= PASSWORDLESS_USE;
    }
    if (tap) {
      add(first, TAP, weight * TAP_USE);
      rest -= TAP_USE;
    }
    if (smsSignIn) {
      add(first, SMS_SIGN_IN, weight * rest * SMS_SIGN_IN_USE);
      rest *= 1 - SMS_SIGN_IN_USE;
    }
    add(first, PASSWORD, weight * rest);
    const factor = SECOND_FACTOR[user.defaultMethod];
    if (factor) add(second, col(factor), weight * rest * MFA_PROMPT_RATE);
  }
  return { first, second, population };
}

/** Rounds up with probability equal to the fraction, so small shares still show up now and then. */
const stochasticRound = (rng: Random, x: number): number => Math.floor(x + rng.next());

/** `hours` hourly buckets ending at `end` (on the hour). */
export function generateSignIns(
  users: readonly TenantUser[],
  rng: Random,
  end: number,
  hours: number,
): SignInHistory {
  const { first, second, population } = methodMix(users);
  const start = end - hours * HOUR;
  const total = new Uint32Array(hours);
  const multiFactor = new Uint32Array(hours);
  const byMethod = new Uint32Array(hours * METHOD_COUNT);
  for (let h = 0; h < hours; h++) {
    const at = new Date(start + h * HOUR);
    const weekday = at.getUTCDay() % 6 === 0 ? 0.3 : 1;
    const expected =
      (population * DAILY_SIGN_INS * weekday * (DIURNAL[at.getUTCHours()] ?? 1)) / DIURNAL_TOTAL;
    const signIns = Math.round(expected * (0.9 + 0.2 * rng.next()));
    const row = h * METHOD_COUNT;
    let others = 0;
    let strong = 0;
    for (let m = 0; m < METHOD_COUNT; m++) {
      const share = first[m] ?? 0;
      if (m === PASSWORD || share === 0 || population === 0) continue;
      const count = Math.min(signIns - others, stochasticRound(rng, (signIns * share) / population));
      byMethod[row + m] = count;
      others += count;
      if (m !== SMS_SIGN_IN) strong += count;
    }
    const passwordSignIns = signIns - others;
    byMethod[row + PASSWORD] = passwordSignIns;
    let secondFactors = 0;
    for (let m = 0; m < METHOD_COUNT; m++) {
      const share = second[m] ?? 0;
      if (share === 0 || population === 0) continue;
      const count = Math.min(
        passwordSignIns - secondFactors,
        stochasticRound(rng, (signIns * share) / population),
      );
      add(byMethod, row + m, count);
      secondFactors += count;
    }
    total[h] = signIns;
    multiFactor[h] = strong + secondFactors;
  }
  return { start, hours, total, multiFactor, byMethod };
}
