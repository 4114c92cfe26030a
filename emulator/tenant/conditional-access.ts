import type { PhonePolicy } from './phone-policy-types.ts';
import { createRandom } from './random.ts';

/**
 * Conditional Access policies, as far as passkey onboarding meets them (graph-docs-contrib v1.0
 * resources/conditionalaccesspolicy.md, conditionalaccessgrantcontrols.md, authenticationstrengthpolicy.md).
 */
export interface AuthenticationStrength {
  id: string;
  displayName: string;
  description: string;
  policyType: 'builtIn' | 'custom';
  allowedCombinations: string[];
}

export interface ConditionalAccessPolicy {
  id: string;
  displayName: string;
  state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
  createdDateTime: string;
  users: {
    includeUsers: string[];
    excludeUsers: string[];
    includeGroups: string[];
    excludeGroups: string[];
    includeRoles: string[];
    excludeRoles: string[];
  };
  includeApplications: string[];
  includeUserActions: string[];
  builtInControls: string[];
  authenticationStrength: AuthenticationStrength | null;
}

/** The user action Conditional Access targets for registering security info (conditionalaccessapplications.md). */
export const REGISTER_SECURITY_INFO = 'urn:user:registersecurityinfo';

const BUILT_IN = (id: string, displayName: string, description: string, allowedCombinations: string[]) => ({
  id: `00000000-0000-0000-0000-00000000000${id}`,
  displayName,
  description,
  policyType: 'builtIn' as const,
  allowedCombinations,
});

/**
 * The built-in strengths (authenticationstrengthroot-list-policies.md, v1.0): a Temporary Access Pass is in the
 * MFA strength only (entra-docs concept-authentication-strengths.md).
 */
export const BUILT_IN_STRENGTHS: readonly AuthenticationStrength[] = [
  BUILT_IN(
    '2',
    'Multifactor authentication',
    'Combinations of methods that satisfy strong authentication, such as a password + SMS',
    [
      'windowsHelloForBusiness',
      'fido2',
      'x509CertificateMultiFactor',
      'deviceBasedPush',
      'temporaryAccessPassOneTime',
      'temporaryAccessPassMultiUse',
      'password,microsoftAuthenticatorPush',
      'password,softwareOath',
      'password,hardwareOath',
      'password,sms',
      'password,voice',
      'federatedMultiFactor',
    ],
  ),
  BUILT_IN(
    '3',
    'Passwordless MFA',
    'Passwordless methods that satisfy strong authentication, such as Passwordless sign-in with the Microsoft Authenticator',
    ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor', 'deviceBasedPush'],
  ),
  BUILT_IN(
    '4',
    'Phishing resistant MFA',
    'Phishing-resistant, Passwordless methods for the strongest authentication, such as a FIDO2 security key',
    ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'],
  ),
];

const strength = (suffix: string) => BUILT_IN_STRENGTHS.find((s) => s.id.endsWith(suffix))!;

/**
 * The seeded policies: MFA for everyone; the passkey pilot must use phishing-resistant MFA to register
 * security info (the bootstrap loop a Temporary Access Pass cannot open, entra-docs
 * concept-authentication-strength-how-it-works.md); and, in report-only mode (never enforced), the documented
 * "Bootstrap and recovery" custom strength for registering security info with a pass.
 */
export function generateConditionalAccess(
  policy: PhonePolicy,
  seed: string,
  now: number,
): ConditionalAccessPolicy[] {
  const rng = createRandom(`${seed}/conditional-access`);
  const pilot = policy.groups.find((g) => g.displayName === 'Passkey pilot');
  const created = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
  const users = (over: Partial<ConditionalAccessPolicy['users']>) => ({
    includeUsers: [],
    excludeUsers: [],
    includeGroups: [],
    excludeGroups: [],
    includeRoles: [],
    excludeRoles: [],
    ...over,
  });
  return [
    {
      id: rng.guid(),
      displayName: 'Require multifactor authentication for all users',
      state: 'enabled',
      createdDateTime: created(400),
      users: users({ includeUsers: ['All'], excludeUsers: ['GuestsOrExternalUsers'] }),
      includeApplications: ['All'],
      includeUserActions: [],
      builtInControls: ['mfa'],
      authenticationStrength: null,
    },
    {
      id: rng.guid(),
      displayName: 'Passkey pilot: phishing-resistant MFA to register security info',
      state: 'enabled',
      createdDateTime: created(60),
      users: users({ includeGroups: pilot ? [pilot.id] : [] }),
      includeApplications: [],
      includeUserActions: [REGISTER_SECURITY_INFO],
      builtInControls: [],
      authenticationStrength: strength('4'),
    },
    {
      id: rng.guid(),
      displayName: 'Register security info with MFA or a Temporary Access Pass',
      state: 'enabledForReportingButNotEnforced',
      createdDateTime: created(20),
      users: users({ includeUsers: ['All'], excludeUsers: ['GuestsOrExternalUsers'] }),
      includeApplications: [],
      includeUserActions: [REGISTER_SECURITY_INFO],
      builtInControls: [],
      authenticationStrength: {
        id: rng.guid(),
        displayName: 'Bootstrap and recovery',
        description: 'A pass, or any multifactor method, to register security info',
        policyType: 'custom',
        allowedCombinations: [
          'temporaryAccessPassOneTime',
          'temporaryAccessPassMultiUse',
          'fido2',
          'windowsHelloForBusiness',
          'password,microsoftAuthenticatorPush',
          'password,softwareOath',
        ],
      },
    },
  ];
}
