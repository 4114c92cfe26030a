import type { Tenant } from '../../tenant/model.ts';
import { ROLE } from '../../tenant/roles.ts';
import { requireRole, requireScope } from '../graph-caller.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import { odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';

const POLICY_READERS = new Set<string>([
  ROLE.globalReader,
  ROLE.authenticationPolicyAdministrator,
  ROLE.globalAdministrator,
]);
const ALL_USERS = [{ targetType: 'group', id: 'all_users', isRegistrationRequired: false }];

function configurations(tenant: Tenant) {
  const { policy } = tenant;
  const state = (name: string) => (policy.disabledMethods.has(name) ? 'disabled' : 'enabled');
  return [
    {
      '@odata.type': '#microsoft.graph.smsAuthenticationMethodConfiguration',
      id: 'Sms',
      state: 'enabled',
      excludeTargets: [],
      includeTargets: [{ ...ALL_USERS[0], isUsableForSignIn: policy.smsSignInAllowed }],
    },
    {
      '@odata.type': '#microsoft.graph.voiceAuthenticationMethodConfiguration',
      id: 'Voice',
      state: 'enabled',
      isOfficePhoneAllowed: state('officePhone') === 'enabled',
      excludeTargets: [],
      includeTargets: ALL_USERS,
    },
    {
      '@odata.type': '#microsoft.graph.fido2AuthenticationMethodConfiguration',
      id: 'Fido2',
      state: 'enabled',
      isAttestationEnforced: false,
      isSelfServiceRegistrationAllowed: true,
      keyRestrictions: { isEnforced: false, enforcementType: 'block', aaGuids: [] },
      excludeTargets: [],
      includeTargets: ALL_USERS,
    },
    {
      '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration',
      id: 'MicrosoftAuthenticator',
      state: 'enabled',
      isSoftwareOathEnabled: false,
      excludeTargets: [],
      includeTargets: [{ ...ALL_USERS[0], authenticationMode: 'any' }],
    },
    {
      '@odata.type': '#microsoft.graph.softwareOathAuthenticationMethodConfiguration',
      id: 'SoftwareOath',
      state: state('softwareOneTimePasscode'),
      excludeTargets: [],
      includeTargets: ALL_USERS,
    },
    {
      '@odata.type': '#microsoft.graph.emailAuthenticationMethodConfiguration',
      id: 'Email',
      state: 'enabled',
      allowExternalIdToUseEmailOtp: 'default',
      excludeTargets: [],
      includeTargets: ALL_USERS,
    },
    {
      '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
      id: 'TemporaryAccessPass',
      ...policy.tap,
      excludeTargets: [],
      includeTargets: ALL_USERS,
    },
    {
      '@odata.type': '#microsoft.graph.x509CertificateAuthenticationMethodConfiguration',
      id: 'X509Certificate',
      state: 'disabled',
      excludeTargets: [],
      includeTargets: ALL_USERS,
    },
  ];
}

/** Policy reads need Policy.Read.AuthenticationMethod (or broader) and a policy-reading role (§11.4). */
function requirePolicyAccess({ caller, state }: GraphRequest) {
  requireScope(caller, [
    'Policy.Read.AuthenticationMethod',
    'Policy.ReadWrite.AuthenticationMethod',
    'Policy.Read.All',
  ]);
  if (!state.options.policyReadableByMethodAdmins) requireRole(caller, POLICY_READERS);
  else
    requireRole(
      caller,
      new Set([
        ...POLICY_READERS,
        ROLE.authenticationAdministrator,
        ROLE.privilegedAuthenticationAdministrator,
      ]),
    );
}

export const policyRoutes: GraphRoute[] = [
  {
    method: 'GET',
    pattern: /^\/policies\/authenticationMethodsPolicy$/,
    handler: (request) => {
      readQueryOptions(request.ctx.url, []);
      requirePolicyAccess(request);
      return ok({
        '@odata.context': odataContext(
          request.ctx.baseUrl,
          request.version,
          'policies/authenticationMethodsPolicy/$entity',
        ),
        id: 'authenticationMethodsPolicy',
        displayName: 'Authentication Methods Policy',
        description:
          'The tenant-wide policy that controls which authentication methods are allowed in the tenant, authentication method registration requirements, and self-service password reset settings',
        lastModifiedDateTime: request.state.tenant.generatedAt,
        policyVersion: '1.5',
        reconfirmationInDays: 0,
        policyMigrationState: 'migrationComplete',
        registrationEnforcement: {
          authenticationMethodsRegistrationCampaign: {
            snoozeDurationInDays: 1,
            state: 'default',
            excludeTargets: [],
            includeTargets: [
              {
                id: 'all_users',
                targetType: 'group',
                targetedAuthenticationMethod: 'microsoftAuthenticator',
              },
            ],
          },
        },
        authenticationMethodConfigurations: configurations(request.state.tenant),
      });
    },
  },
  {
    method: 'GET',
    pattern: /^\/policies\/authenticationMethodsPolicy\/authenticationMethodConfigurations\/(?<id>[^/]+)$/,
    handler: (request) => {
      readQueryOptions(request.ctx.url, []);
      requirePolicyAccess(request);
      const id = decodeURIComponent(request.params.id ?? '').toLowerCase();
      // Configuration ids match case-insensitively (docs say temporaryAccessPass, the id is TemporaryAccessPass).
      const found = configurations(request.state.tenant).find((c) => c.id.toLowerCase() === id);
      if (!found)
        throw new GraphHttpError(
          404,
          'itemNotFound',
          `The authentication method configuration '${request.params.id}' was not found.`,
        );
      return ok({
        '@odata.context': odataContext(
          request.ctx.baseUrl,
          request.version,
          'policies/authenticationMethodsPolicy/authenticationMethodConfigurations/$entity',
        ),
        ...found,
      });
    },
  },
];
