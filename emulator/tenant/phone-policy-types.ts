/**
 * What decides who the SMS and voice retirement reaches (docs/sms-voice-retirement.md): the authentication
 * methods policy's Sms, Voice and Fido2 configurations and its registration campaign, the beta opt-out, and
 * the security groups they target (graph-docs-contrib resources smsAuthenticationMethodConfiguration,
 * voiceAuthenticationMethodConfiguration, fido2AuthenticationMethodConfiguration, passkeyProfile,
 * authenticationMethodsRegistrationCampaign). Seeded from its own random stream, so the rest of the tenant
 * is as before.
 */
export interface SecurityGroup {
  id: string;
  displayName: string;
  description: string;
  /** Direct members: user ids and group ids (nesting, loops included, as Entra allows). */
  memberIds: Set<string>;
  /** Groups created through Graph (routes/group-write-routes.ts): their owners, alias and creation time. */
  ownerIds?: Set<string>;
  mailNickname?: string;
  createdAt?: number;
}

export interface MethodTarget {
  id: string;
  targetType: 'group' | 'user';
  /** Sms only: SMS sign-in for the target's users. */
  isUsableForSignIn?: boolean;
  /**
   * Fido2 only: the passkey profiles the target's users are scoped for (graph-docs-contrib
   * passkeyauthenticationmethodtarget.md, `allowedPasskeyProfiles`, required).
   */
  allowedPasskeyProfiles?: string[];
}

export interface PhoneMethodPolicy {
  state: 'enabled' | 'disabled';
  includeTargets: MethodTarget[];
  excludeTargets: MethodTarget[];
}

/** graph-docs-contrib fido2keyrestrictions.md: authenticators allowed or blocked by AAGUID. */
export interface Fido2KeyRestrictions {
  isEnforced: boolean;
  enforcementType: 'allow' | 'block';
  aaGuids: string[];
}

export interface PasskeyProfile {
  id: string;
  name: string;
  passkeyTypes: 'deviceBound' | 'synced' | 'deviceBound,synced';
  attestationEnforcement: 'disabled' | 'registrationOnly';
  keyRestrictions: Fido2KeyRestrictions;
}

export interface RegistrationCampaign {
  /** advancedConfigState: `default` is "Microsoft managed". */
  state: 'default' | 'enabled' | 'disabled';
  snoozeDurationInDays: number;
  enforceRegistrationAfterAllowedSnoozes: boolean;
  includeTargets: { id: string; targetType: 'group' | 'user'; targetedAuthenticationMethod: string }[];
  excludeTargets: { id: string; targetType: 'group' | 'user' }[];
}

export interface PhonePolicy {
  sms: PhoneMethodPolicy;
  voice: PhoneMethodPolicy & { isOfficePhoneAllowed: boolean };
  fido2: PhoneMethodPolicy & { passkeyProfiles: PasskeyProfile[]; defaultPasskeyProfile: string };
  campaign: RegistrationCampaign;
  /** beta `optOutSettings.passkeyDynamicMigration` (the FAQ's temporary opt-out). */
  passkeyDynamicMigrationOptOut: boolean;
  groups: SecurityGroup[];
}
