/** Which `usageAuthMethod` values a user's registered methods can appear as in the activity reports. */
import type { UsageAuthMethod } from './activity-model.ts';
import type { Channel } from './failure-reasons.ts';
import type { AuthMethod, TenantUser } from './model.ts';

export interface UsageOption {
  readonly method: UsageAuthMethod;
  readonly channel: Channel;
  /** SSPR accepts it for a password reset (keys and platform credentials are registration only). */
  readonly reset: boolean;
  readonly weight: number;
}

const option = (method: UsageAuthMethod, channel: Channel, reset: boolean, weight = 1): UsageOption => ({
  method,
  channel,
  reset,
  weight,
});

// Shared instances: a 100k-user tenant maps methods for every active user.
const MOBILE = [option('mobileSMS', 'sms', true, 3), option('mobileCall', 'call', true)];
const ALTERNATE = [option('alternateMobileCall', 'call', true)];
const OFFICE = [option('officePhone', 'call', true)];
const EMAIL = [option('email', 'email', true)];
const AUTHENTICATOR = [option('appNotification', 'app', true, 3), option('appCode', 'app', true)];
const AUTHENTICATOR_PASSWORDLESS = [
  ...AUTHENTICATOR,
  option('microsoftAuthenticatorPasswordless', 'app', false, 2),
];
const SOFTWARE_OATH = [option('appCode', 'app', true)];
const SECURITY_KEY = [
  option('fido2SecurityKey', 'key', false, 3),
  option('passKeyDeviceBound', 'key', false),
];
const PASSKEY_AUTHENTICATOR = [option('passKeyDeviceBoundAuthenticator', 'key', false)];
const PASSKEY_WINDOWS = [option('passKeyDeviceBoundWindowsHello', 'key', false)];
const PASSKEY_SYNCED = [option('passKeySynced', 'key', false)];
const WINDOWS_HELLO = [option('windowsHelloForBusiness', 'key', false)];
const MAC_KEY = [option('macOsSecureEnclaveKey', 'key', false)];
const SECURITY_QUESTIONS = [option('securityQuestion', 'question', true)];
const NONE: readonly UsageOption[] = [];

/** The report values one registered method shows up as; TAPs and passwords are not registered by users. */
export function usageOptionsOf(method: AuthMethod): readonly UsageOption[] {
  switch (method.kind) {
    case 'phone':
      return method.phoneType === 'mobile'
        ? MOBILE
        : method.phoneType === 'alternateMobile'
          ? ALTERNATE
          : OFFICE;
    case 'email':
      return EMAIL;
    case 'microsoftAuthenticator':
      return method.passwordless ? AUTHENTICATOR_PASSWORDLESS : AUTHENTICATOR;
    case 'softwareOath':
      return SOFTWARE_OATH;
    case 'fido2':
      return method.reportName === 'passKeyDeviceBound'
        ? SECURITY_KEY
        : method.reportName === 'passKeySynced'
          ? PASSKEY_SYNCED
          : method.reportName === 'passKeyDeviceBoundWindowsHello'
            ? PASSKEY_WINDOWS
            : PASSKEY_AUTHENTICATOR;
    case 'windowsHelloForBusiness':
      return WINDOWS_HELLO;
    case 'platformCredential':
      return method.platform === 'macOS' ? MAC_KEY : NONE;
    case 'temporaryAccessPass':
    case 'password':
      return NONE;
  }
}

/** Every option the user has, security questions included (they have no Graph method object). */
export function usageOptionsOfUser(user: TenantUser): UsageOption[] {
  const options: UsageOption[] = [];
  for (const method of user.methods) options.push(...usageOptionsOf(method));
  if (user.securityQuestions) options.push(...SECURITY_QUESTIONS);
  return options;
}
