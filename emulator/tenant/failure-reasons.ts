/** Failure reasons of SSPR/MFA registration and reset events: free strings in Graph (§3.7). */
import { HOSTILE_NAMES } from './names.ts';

/** How a method verifies the user; each channel fails in its own ways. */
export type Channel = 'sms' | 'call' | 'email' | 'app' | 'question' | 'key';

const BY_CHANNEL: Record<Channel, readonly string[]> = {
  sms: [
    'SMS code expired',
    'User entered an incorrect SMS verification code',
    'Mobile phone number not verified',
    'User did not complete the phone verification',
    'Number of attempts exceeded',
  ],
  call: [
    'Phone call was not answered',
    'User did not complete the phone verification',
    'Number of attempts exceeded',
  ],
  email: [
    'Email verification code expired',
    'User did not complete the email verification',
    'User contacted an admin after trying the email verification option',
  ],
  app: [
    'User denied the Microsoft Authenticator notification',
    'Microsoft Authenticator notification timed out',
    'User entered an incorrect verification code',
    'Number of attempts exceeded',
  ],
  question: ['User answered the security questions incorrectly', 'Number of attempts exceeded'],
  key: [
    'User cancelled the security key registration',
    'The security key is not allowed by the passkey (FIDO2) policy',
    'User abandoned the registration',
  ],
};

const BY_FEATURE = {
  registration: ['User abandoned the registration', 'A system error has occurred.'],
  reset: [
    "User's account is locked",
    'Password does not meet the password policy requirements',
    'Password is on the banned password list',
    'A system error has occurred.',
  ],
} as const;

/** Every reason the generator emits, by index; 0 is the success value. */
export const FAILURE_REASONS: readonly string[] = [
  ...new Set([
    '',
    ...Object.values(BY_CHANNEL).flat(),
    ...Object.values(BY_FEATURE).flat(),
    ...HOSTILE_NAMES,
  ]),
];

const INDEX = new Map(FAILURE_REASONS.map((reason, i) => [reason, i]));
const indexOf = (reason: string): number => INDEX.get(reason) ?? 0;

export const CHANNEL_REASONS: Readonly<Record<Channel, readonly number[]>> = {
  sms: BY_CHANNEL.sms.map(indexOf),
  call: BY_CHANNEL.call.map(indexOf),
  email: BY_CHANNEL.email.map(indexOf),
  app: BY_CHANNEL.app.map(indexOf),
  question: BY_CHANNEL.question.map(indexOf),
  key: BY_CHANNEL.key.map(indexOf),
};

export const FEATURE_REASONS = {
  registration: BY_FEATURE.registration.map(indexOf),
  reset: BY_FEATURE.reset.map(indexOf),
} as const;

/** Hostile text reaches the dashboard through failureReason too; the UI must keep it inert. */
export const HOSTILE_REASONS: readonly number[] = HOSTILE_NAMES.map(indexOf);
