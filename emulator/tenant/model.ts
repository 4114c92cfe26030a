import type { ConditionalAccessPolicy } from './conditional-access.ts';
import type { PhonePolicy } from './phone-policy-types.ts';
import type { Delegation } from './delegation-types.ts';

/** The emulator's tenant state. Graph payloads are derived from it on every request. */

export type PhoneType = 'mobile' | 'alternateMobile' | 'office';
export type SmsSignInState =
  'notSupported' | 'notAllowedByPolicy' | 'notEnabled' | 'phoneNumberNotUnique' | 'ready' | 'notConfigured';
export type DefaultMethod =
  'push' | 'oath' | 'voiceMobile' | 'voiceAlternateMobile' | 'voiceOffice' | 'sms' | 'none';

interface MethodBase {
  id: string;
  createdDateTime: string | null;
  lastUsedDateTime: string | null;
}

export interface PhoneMethod extends MethodBase {
  kind: 'phone';
  phoneNumber: string;
  phoneType: PhoneType;
  smsSignInState: SmsSignInState;
}
export interface EmailMethod extends MethodBase {
  kind: 'email';
  emailAddress: string;
}
export interface Fido2Method extends MethodBase {
  kind: 'fido2';
  displayName: string;
  aaGuid: string;
  model: string;
  attestationLevel: 'attested' | 'notAttested';
  passkeyType: 'deviceBound' | 'synced';
  /** Report vocabulary for this key (docs/graph-notes.md §3.1 methodsRegistered). */
  reportName:
    | 'passKeyDeviceBound'
    | 'passKeyDeviceBoundAuthenticator'
    | 'passKeyDeviceBoundWindowsHello'
    | 'passKeySynced';
}
export interface AuthenticatorMethod extends MethodBase {
  kind: 'microsoftAuthenticator';
  displayName: string;
  deviceTag: string;
  phoneAppVersion: string;
  /** Registered for passwordless phone sign-in (createdDateTime is null otherwise, as Graph does). */
  passwordless: boolean;
}
export interface SoftwareOathMethod extends MethodBase {
  kind: 'softwareOath';
}
export interface TemporaryAccessPassMethod extends MethodBase {
  kind: 'temporaryAccessPass';
  startDateTime: string;
  lifetimeInMinutes: number;
  isUsableOnce: boolean;
  used: boolean;
}
export interface WindowsHelloMethod extends MethodBase {
  kind: 'windowsHelloForBusiness';
  displayName: string;
  keyStrength: 'normal' | 'weak' | 'unknown';
}
export interface PlatformCredentialMethod extends MethodBase {
  kind: 'platformCredential';
  displayName: string;
  keyStrength: 'normal' | 'weak' | 'unknown';
  platform: 'macOS' | 'windows' | 'iOS' | 'android' | 'linux' | 'unknown';
}
export interface PasswordMethod extends MethodBase {
  kind: 'password';
}

export type AuthMethod =
  | PhoneMethod
  | EmailMethod
  | Fido2Method
  | AuthenticatorMethod
  | SoftwareOathMethod
  | TemporaryAccessPassMethod
  | WindowsHelloMethod
  | PlatformCredentialMethod
  | PasswordMethod;

export interface TenantUser {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  userPrincipalName: string;
  mail: string | null;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  mobilePhone: string | null;
  businessPhones: string[];
  preferredLanguage: string | null;
  userType: 'member' | 'guest';
  accountEnabled: boolean;
  createdDateTime: string;
  /** Role template ids of tenant-wide active roles. */
  roles: string[];
  /** In the group the tenant's SSPR policy targets. */
  ssprTargeted: boolean;
  /** Security questions are an SSPR method with no Graph method API. */
  securityQuestions: boolean;
  methods: AuthMethod[];
  defaultMethod: DefaultMethod;
  /** Per-user system-preferred MFA switch (signInPreferences); undefined follows the tenant policy. */
  systemPreferredEnabled?: boolean;
  /** revokeSignInSessions: refresh tokens issued before this (epoch ms) stop working. */
  signInSessionsValidFrom?: number;
  /** Bumped on every change so derived report rows can be cached. */
  version: number;
}

/** The Temporary Access Pass method configuration (docs/graph-notes.md §11.4). */
export interface TapPolicy {
  state: 'enabled' | 'disabled';
  defaultLifetimeInMinutes: number;
  defaultLength: number;
  minimumLifetimeInMinutes: number;
  maximumLifetimeInMinutes: number;
  /** true: every pass is one-time; false: the issuer chooses. */
  isUsableOnce: boolean;
}

export interface AuthenticationPolicy {
  tap: TapPolicy;
  /** Report method names the authentication-methods policy does not allow: registered but not "capable". */
  disabledMethods: ReadonlySet<string>;
  ssprMethodsRequired: number;
  /** Admins always get SSPR with two methods (Entra's administrator reset policy). */
  adminSsprMethodsRequired: number;
  systemPreferredEnabled: boolean;
}

export interface Tenant {
  id: string;
  displayName: string;
  domain: string;
  seed: string;
  users: TenantUser[];
  usersById: Map<string, TenantUser>;
  usersByUpn: Map<string, TenantUser>;
  /** Per-tenant directoryRole object ids, by role template id. */
  directoryRoleIds: Map<string, string>;
  policy: AuthenticationPolicy;
  /** Licence tier: reports need P1, PIM needs P2 (docs/graph-notes.md §11.8). */
  tier: 'free' | 'p1' | 'p2';
  /** Reports show a user's state as it was this long ago (Entra's reports lag by hours); 0 is live. */
  reportLagMs: number;
  /** When the generator ran: the reports' "last updated" anchor. */
  generatedAt: string;
  /** Administrative units, scoped and custom roles, role-assignable groups. */
  delegation: Delegation;
  /** Whether the tenant holds the hostile test strings and users. */
  hostile: boolean;
  /** The Sms, Voice and Fido2 configurations, the registration campaign and the groups they target. */
  phonePolicy: PhonePolicy;
  /** Conditional Access policies (conditional-access.ts). */
  conditionalAccess: ConditionalAccessPolicy[];
}

export function indexTenantUsers(tenant: Tenant): void {
  tenant.usersById = new Map(tenant.users.map((u) => [u.id, u]));
  tenant.usersByUpn = new Map(tenant.users.map((u) => [u.userPrincipalName.toLowerCase(), u]));
}

export function findUser(tenant: Tenant, idOrUpn: string): TenantUser | undefined {
  return tenant.usersById.get(idOrUpn) ?? tenant.usersByUpn.get(idOrUpn.toLowerCase());
}
