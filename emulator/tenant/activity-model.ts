/** Vocabularies and compact storage of the tenant's SSPR/MFA activity (docs/graph-notes.md §3.5–§3.10). */
import type { TenantUser } from './model.ts';

/** `featureType` without its sentinel (docs/graph-notes.md §3.9). */
export const FEATURE_TYPES = ['registration', 'reset'] as const;
export type FeatureType = (typeof FEATURE_TYPES)[number];

/** `usageAuthMethod` members declared before `unknownFutureValue`: every client gets them. */
export const LEGACY_USAGE_AUTH_METHODS = [
  'email',
  'mobileSMS',
  'mobileCall',
  'officePhone',
  'securityQuestion',
  'appNotification',
  'appCode',
  'alternateMobileCall',
  'fido',
  'appPassword',
] as const;

/** Members added after `unknownFutureValue`: OData sends them only to callers that opt in (§1, §3.9). */
export const EVOLVABLE_USAGE_AUTH_METHODS = [
  'externalAuthMethod',
  'hardwareOneTimePasscode',
  'windowsHelloForBusiness',
  'microsoftAuthenticatorPasswordless',
  'temporaryAccessPass',
  'macOsSecureEnclaveKey',
  'passKeyDeviceBound',
  'passKeyDeviceBoundAuthenticator',
  'passKeyDeviceBoundWindowsHello',
  'softwareOneTimePasscode',
  'microsoftAuthenticatorPush',
  'mobilePhone',
  'sms',
  'alternateMobilePhone',
  'fido2SecurityKey',
  'oneTimePasscode',
  'passKeySynced',
] as const;

export const USAGE_AUTH_METHODS = [
  ...LEGACY_USAGE_AUTH_METHODS,
  'unknownFutureValue',
  ...EVOLVABLE_USAGE_AUTH_METHODS,
] as const;
export type UsageAuthMethod = (typeof USAGE_AUTH_METHODS)[number];

export const EVOLVABLE_USAGE_AUTH_METHOD_SET: ReadonlySet<string> = new Set(EVOLVABLE_USAGE_AUTH_METHODS);

/**
 * The `authenticationMethod` strings of userSignInsByAuthMethodSummary, in the docs' sample order.
 * A free string, not an enum, so the evolvable-enum rule does not apply (§3.6, §9.12).
 */
export const SIGN_IN_METHODS = [
  'password',
  'sms',
  'smsSignIn',
  'mobilePhone',
  'alternateMobilePhone',
  'officePhone',
  'microsoftAuthenticatorPush',
  'oneTimePasscode',
  'microsoftAuthenticatorPasswordless',
  'windowsHelloForBusiness',
  'fido2SecurityKey',
  'temporaryAccessPass',
  'macOsSecureEnclaveKey',
  'passKeyDeviceBound',
  'passKeySynced',
  'externalAuthMethod',
] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/**
 * Registration and reset events, newest first, one slot per event across parallel arrays: a
 * 100k-user tenant has tens of thousands of events, so no per-event object is kept.
 */
export interface ActivityEvents {
  readonly count: number;
  readonly users: readonly TenantUser[];
  /** Epoch ms, whole seconds (the report prints no fraction). */
  readonly times: Float64Array;
  /** Index into FEATURE_TYPES. */
  readonly features: Uint8Array;
  /** Index into USAGE_AUTH_METHODS. */
  readonly methods: Uint8Array;
  /** Index into FAILURE_REASONS; 0 (the empty string) means the event succeeded. */
  readonly reasons: Uint8Array;
}

/** Interactive sign-ins in hourly buckets, the grain every period and daily summary is cut from. */
export interface SignInHistory {
  /** Start of bucket 0, epoch ms on the hour. */
  readonly start: number;
  readonly hours: number;
  readonly total: Uint32Array;
  readonly multiFactor: Uint32Array;
  /** `hours × SIGN_IN_METHODS.length` successful sign-ins, row-major by hour. */
  readonly byMethod: Uint32Array;
}

export interface TenantActivity {
  readonly events: ActivityEvents;
  readonly signIns: SignInHistory;
}
