import { classifyMethods, STRONG_METHODS } from '../../auth-methods/method-strength.ts';
import type { PhoneEnablement } from './phone-scope.ts';

/**
 * What the retirement does to one user (docs/sms-voice-retirement.md §2): "users whose only available MFA
 * method is SMS or voice will be required to register a passkey during sign-in" (a blocking prompt); others
 * "will no longer be able to use SMS or voice to satisfy MFA requirements"; users not enabled for SMS or voice
 * are not in scope.
 */
export type RetirementOutcome =
  | 'mustRegisterPasskey'
  | 'losesPhoneKeepsMfa'
  | 'passkeyReady'
  | 'noPhoneToLose'
  | 'notInScope'
  | 'scopeUnknown';

export const OUTCOMES: readonly RetirementOutcome[] = [
  'mustRegisterPasskey',
  'losesPhoneKeepsMfa',
  'passkeyReady',
  'noPhoneToLose',
  'notInScope',
  'scopeUnknown',
];

export const OUTCOME_LABEL: Record<RetirementOutcome, string> = {
  mustRegisterPasskey: 'Must register a passkey at sign-in',
  losesPhoneKeepsMfa: 'Loses SMS and voice, keeps MFA',
  passkeyReady: 'Passkey-ready',
  noPhoneToLose: 'In scope, no phone to lose',
  notInScope: 'Not in scope',
  scopeUnknown: 'Scope unknown',
};

export const OUTCOME_RULE: Record<RetirementOutcome, string> = {
  mustRegisterPasskey:
    'SMS or voice is their only MFA method the policy lets them use. On their date Entra asks them to register a passkey during sign-in, and the prompt blocks until they do: Microsoft says there is no opt-out.',
  losesPhoneKeepsMfa:
    'They also have Microsoft Authenticator, an OATH code or an external method: SMS and voice stop counting for MFA, the rest remains.',
  passkeyReady:
    'A passkey, security key, Windows Hello for Business, platform credential or certificate is registered: nothing blocks them.',
  noPhoneToLose:
    'Enabled for SMS or voice, but no phone they may use is registered: the retirement takes nothing away (the passkey campaign still prompts them).',
  notInScope:
    'Neither SMS nor voice is enabled for them in the authentication methods policy: the retirement does not reach them there.',
  scopeUnknown:
    'A group the SMS or voice policy targets could not be read, and it decides whether they are in scope: not counted on a guess.',
};

/**
 * Where the policy is not read (the Overview's daily snapshot, an operator whose role cannot read it): what
 * each user would face if enabled for SMS and voice, office phones included. Always said where it is used.
 */
export const ASSUMED_ENABLED: PhoneEnablement = {
  sms: true,
  smsSignIn: false,
  voice: true,
  officePhone: true,
};

/** Phone types and the channel each may use: `mobile` SMS and voice; alternate mobile and office voice only. */
export const PHONE_TYPES = ['mobilePhone', 'alternateMobilePhone', 'officePhone'] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

/** The registered phones this user may still use for MFA under the policy (Graph phoneAuthenticationMethod). */
export function usablePhones(registered: readonly string[], enablement: PhoneEnablement): PhoneType[] {
  return PHONE_TYPES.filter((type) => {
    if (!registered.includes(type)) return false;
    if (type === 'mobilePhone') return enablement.sms || enablement.voice;
    if (type === 'alternateMobilePhone') return enablement.voice;
    return enablement.officePhone;
  });
}

export interface UserOutcome {
  outcome: RetirementOutcome;
  /** The phones they lose. */
  phones: PhoneType[];
  /** What remains for MFA (report method names), for "loses SMS and voice, keeps MFA". */
  remaining: string[];
  /** Enabled for SMS sign-in with a mobile phone registered: that goes too (the provider FAQ). */
  smsSignIn: boolean;
}

export function outcomeOf(
  methodsRegistered: readonly (string | null | undefined)[] | null | undefined,
  enablement: PhoneEnablement | 'unknown',
): UserOutcome {
  const registered = (methodsRegistered ?? []).filter((m): m is string => !!m);
  const none = { phones: [], remaining: [], smsSignIn: false };
  if (enablement === 'unknown') return { outcome: 'scopeUnknown', ...none };
  if (!enablement.sms && !enablement.voice) return { outcome: 'notInScope', ...none };
  const phones = usablePhones(registered, enablement);
  const smsSignIn = enablement.smsSignIn && registered.includes('mobilePhone');
  if (classifyMethods(registered).strength === 'phishingResistant')
    return { outcome: 'passkeyReady', phones, remaining: [], smsSignIn };
  if (phones.length === 0) return { outcome: 'noPhoneToLose', phones, remaining: [], smsSignIn };
  const remaining = registered.filter((m) => STRONG_METHODS.includes(m));
  return {
    outcome: remaining.length > 0 ? 'losesPhoneKeepsMfa' : 'mustRegisterPasskey',
    phones,
    remaining,
    smsSignIn,
  };
}
