import { isTapUsable } from '../../../tenant/registration-details.ts';
import type { AuthMethod, PhoneMethod, TapPolicy, TemporaryAccessPassMethod } from '../../../tenant/model.ts';
import type { GraphVersion } from '../../graph-route.ts';

export const ODATA_TYPE: Record<AuthMethod['kind'], string> = {
  phone: '#microsoft.graph.phoneAuthenticationMethod',
  email: '#microsoft.graph.emailAuthenticationMethod',
  fido2: '#microsoft.graph.fido2AuthenticationMethod',
  microsoftAuthenticator: '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
  softwareOath: '#microsoft.graph.softwareOathAuthenticationMethod',
  temporaryAccessPass: '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
  windowsHelloForBusiness: '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod',
  platformCredential: '#microsoft.graph.platformCredentialAuthenticationMethod',
  password: '#microsoft.graph.passwordAuthenticationMethod',
};

/** "+1 4255550123" → "+1 XXXXXXXX23": what an Authentication Administrator sees (mask format unconfirmed). */
export function maskPhoneNumber(number: string): string {
  const [country = '', rest = ''] = number.split(' ');
  const [subscriber = '', extension] = rest.split('x');
  const masked = subscriber.replace(/\d(?=\d{2})/g, 'X');
  return `${country} ${masked}${extension === undefined ? '' : `x${extension}`}`;
}

/** TAP usability as Graph reports it; reasons in the PascalCase form (docs/graph-notes.md §4.7, §9.14). */
export function tapUsability(
  tap: TemporaryAccessPassMethod,
  policy: TapPolicy,
  now: number,
): { isUsable: boolean; methodUsabilityReason: string } {
  if (policy.state === 'disabled') return { isUsable: false, methodUsabilityReason: 'DisabledByPolicy' };
  if (tap.used) return { isUsable: false, methodUsabilityReason: 'OneTimeUsed' };
  const start = Date.parse(tap.startDateTime);
  if (now < start) return { isUsable: false, methodUsabilityReason: 'NotYetValid' };
  if (!isTapUsable(tap, now)) return { isUsable: false, methodUsabilityReason: 'Expired' };
  return { isUsable: true, methodUsabilityReason: 'EnabledByPolicy' };
}

export interface MethodJsonOptions {
  version: GraphVersion;
  maskPhones: boolean;
  tapPolicy: TapPolicy;
  now: number;
  /** The Sms policy lets this user sign in with SMS codes (phone-policy.ts smsSignInAllowedFor). */
  smsSignInAllowed: boolean;
}

/** A mobile phone's state under the policy now: a phone set up before the policy changed follows it. */
function smsSignInStateOf(phone: PhoneMethod, allowed: boolean): PhoneMethod['smsSignInState'] {
  if (phone.phoneType !== 'mobile') return phone.smsSignInState;
  if (!allowed) return 'notAllowedByPolicy';
  return phone.smsSignInState === 'notAllowedByPolicy' ? 'notEnabled' : phone.smsSignInState;
}

/** The Graph resource for a stored method; `lastUsedDateTime` exists in beta only. */
export function methodJson(method: AuthMethod, options: MethodJsonOptions): Record<string, unknown> {
  const base: Record<string, unknown> = {
    '@odata.type': ODATA_TYPE[method.kind],
    id: method.id,
    createdDateTime: method.createdDateTime,
  };
  if (options.version === 'beta') base.lastUsedDateTime = method.lastUsedDateTime;
  switch (method.kind) {
    case 'phone':
      return {
        ...base,
        phoneNumber: options.maskPhones ? maskPhoneNumber(method.phoneNumber) : method.phoneNumber,
        phoneType: method.phoneType,
        smsSignInState: smsSignInStateOf(method, options.smsSignInAllowed),
      };
    case 'email':
      return { ...base, emailAddress: method.emailAddress };
    case 'fido2':
      return {
        ...base,
        displayName: method.displayName,
        aaGuid: method.aaGuid,
        // A key that reports no model has none in Graph either.
        model: method.model || null,
        attestationCertificates: [],
        attestationLevel: method.attestationLevel,
        passkeyType: method.passkeyType,
      };
    case 'microsoftAuthenticator':
      return {
        ...base,
        displayName: method.displayName,
        deviceTag: method.deviceTag,
        phoneAppVersion: method.phoneAppVersion,
        ...(options.version === 'beta' ? { clientAppName: 'microsoftAuthenticator' } : {}),
      };
    case 'softwareOath':
      return { ...base, secretKey: null };
    case 'temporaryAccessPass':
      return {
        ...base,
        temporaryAccessPass: null,
        startDateTime: method.startDateTime,
        lifetimeInMinutes: method.lifetimeInMinutes,
        isUsableOnce: method.isUsableOnce,
        ...tapUsability(method, options.tapPolicy, options.now),
      };
    case 'windowsHelloForBusiness':
      return { ...base, displayName: method.displayName, keyStrength: method.keyStrength };
    case 'platformCredential':
      return {
        ...base,
        displayName: method.displayName,
        keyStrength: method.keyStrength,
        platform: method.platform,
      };
    case 'password':
      return { ...base, password: null };
  }
}
