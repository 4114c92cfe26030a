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
}

export interface PhoneMethodPolicy {
  state: 'enabled' | 'disabled';
  includeTargets: MethodTarget[];
  excludeTargets: MethodTarget[];
}

export interface PasskeyProfile {
  id: string;
  name: string;
  passkeyTypes: 'deviceBound' | 'synced' | 'deviceBound,synced';
  attestationEnforcement: 'disabled' | 'registrationOnly';
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
