import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import type { MethodTarget, PhoneMethodConfig } from '../../../domain/posture/sms-voice/phone-scope.ts';

/** The registration campaign (authenticationMethodsRegistrationCampaign); `default` is "Microsoft managed". */
export interface RegistrationCampaign {
  state?: string | null;
  snoozeDurationInDays?: number | null;
  enforceRegistrationAfterAllowedSnoozes?: boolean | null;
  includeTargets?: (MethodTarget & { targetedAuthenticationMethod?: string | null })[] | null;
  excludeTargets?: MethodTarget[] | null;
}

export interface PasskeyConfig {
  state?: string | null;
  includeTargets?: readonly MethodTarget[] | null;
  passkeyProfiles?: { id?: string; name?: string | null; passkeyTypes?: string | null }[] | null;
}

interface MethodConfiguration extends PhoneMethodConfig {
  id?: string | null;
  passkeyProfiles?: PasskeyConfig['passkeyProfiles'];
}

interface PolicyDocument {
  policyMigrationState?: string | null;
  registrationEnforcement?: {
    authenticationMethodsRegistrationCampaign?: RegistrationCampaign | null;
  } | null;
  authenticationMethodConfigurations?: MethodConfiguration[] | null;
  optOutSettings?: { passkeyDynamicMigration?: boolean | null } | null;
}

/** What the SMS and voice retirement needs of the policy (docs/sms-voice-retirement.md §4). */
export interface PhonePolicyView {
  sms: PhoneMethodConfig | undefined;
  voice: PhoneMethodConfig | undefined;
  fido2: PasskeyConfig | undefined;
  campaign: RegistrationCampaign | undefined;
  migrationState: string | undefined;
  /** The beta-only opt-out; undefined where Graph did not show it (no reference page documents it). */
  optOut: boolean | undefined;
}

const byId = (doc: PolicyDocument, id: string) =>
  doc.authenticationMethodConfigurations?.find((c) => c.id?.toLowerCase() === id.toLowerCase());

/**
 * The v1.0 policy (documented shapes, passkey profiles), then the beta one for the opt-out the FAQ sets there.
 * Reading needs Policy.Read.AuthenticationMethod and the Global Reader or Authentication Policy Administrator
 * role (authenticationmethodspolicy-get.md); a refused beta read leaves the opt-out unknown, not the policy.
 */
export async function readPhonePolicy(signal: AbortSignal): Promise<PhonePolicyView> {
  const options = { scopes: SCOPES.authMethodsPolicy, signal };
  const doc = await graphGet<PolicyDocument>('/policies/authenticationMethodsPolicy', options);
  const beta = await graphGet<PolicyDocument>('/policies/authenticationMethodsPolicy', {
    ...options,
    version: 'beta',
  }).catch(() => undefined);
  return {
    sms: byId(doc, 'Sms'),
    voice: byId(doc, 'Voice'),
    fido2: byId(doc, 'Fido2'),
    campaign: doc.registrationEnforcement?.authenticationMethodsRegistrationCampaign ?? undefined,
    migrationState: doc.policyMigrationState ?? undefined,
    optOut: beta?.optOutSettings?.passkeyDynamicMigration ?? undefined,
  };
}

export const phonePolicyQuery = () =>
  queryOptions({
    queryKey: graphKeys.phonePolicy(),
    queryFn: ({ signal }) => readPhonePolicy(signal),
    staleTime: 5 * 60_000,
  });
