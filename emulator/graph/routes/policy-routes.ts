import type { Tenant } from '../../tenant/model.ts';
import type { MethodTarget } from '../../tenant/phone-policy.ts';
import type { GraphVersion } from '../graph-route.ts';
import { patchPhoneMethod } from './phone-policy-write.ts';
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

const targets = (list: readonly MethodTarget[], extra: Record<string, unknown> = {}) =>
  list.map((t) => ({ ...extra, ...t, isRegistrationRequired: false }));

function configurations(tenant: Tenant, version: GraphVersion) {
  const { policy, phonePolicy } = tenant;
  const state = (name: string) => (policy.disabledMethods.has(name) ? 'disabled' : 'enabled');
  const { sms, voice, fido2 } = phonePolicy;
  return [
    {
      '@odata.type': '#microsoft.graph.smsAuthenticationMethodConfiguration',
      id: 'Sms',
      state: sms.state,
      excludeTargets: targets(sms.excludeTargets),
      includeTargets: targets(sms.includeTargets, { isUsableForSignIn: false }),
    },
    {
      '@odata.type': '#microsoft.graph.voiceAuthenticationMethodConfiguration',
      id: 'Voice',
      state: voice.state,
      isOfficePhoneAllowed: voice.isOfficePhoneAllowed,
      excludeTargets: targets(voice.excludeTargets),
      includeTargets: targets(voice.includeTargets),
    },
    {
      '@odata.type': '#microsoft.graph.fido2AuthenticationMethodConfiguration',
      id: 'Fido2',
      state: fido2.state,
      isAttestationEnforced: false,
      isSelfServiceRegistrationAllowed: true,
      keyRestrictions: { isEnforced: false, enforcementType: 'block', aaGuids: [] },
      excludeTargets: targets(fido2.excludeTargets),
      // v1.0 targets are passkeyAuthenticationMethodTargets naming their profiles; beta keeps the older shape.
      includeTargets: fido2.includeTargets.map(({ allowedPasskeyProfiles, ...t }) => ({
        ...t,
        isRegistrationRequired: false,
        ...(version === 'v1.0' ? { allowedPasskeyProfiles: allowedPasskeyProfiles ?? [] } : {}),
      })),
      // Passkey profiles: v1.0 resource (graph-docs-contrib passkeyprofile.md, 03/04/2026).
      ...(version === 'v1.0'
        ? {
            defaultPasskeyProfile: fido2.defaultPasskeyProfile,
            passkeyProfiles: fido2.passkeyProfiles.map((p) => ({
              id: p.id,
              name: p.name,
              passkeyTypes: p.passkeyTypes,
              attestationEnforcement: p.attestationEnforcement,
              keyRestrictions: { ...p.keyRestrictions, aaGuids: [...p.keyRestrictions.aaGuids] },
            })),
          }
        : {}),
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

// graph-docs-contrib authenticationmethodspolicy-update.md: Policy.ReadWrite.AuthenticationMethod, and the
// Authentication Policy Administrator "is the least privileged role" (a Global Administrator may too).
const POLICY_WRITERS = new Set<string>([ROLE.authenticationPolicyAdministrator, ROLE.globalAdministrator]);

function patchConfiguration(request: GraphRequest) {
  requireScope(request.caller, ['Policy.ReadWrite.AuthenticationMethod']);
  requireRole(request.caller, POLICY_WRITERS);
  const id = decodeURIComponent(request.params.id ?? '').toLowerCase();
  if (id !== 'sms' && id !== 'voice')
    throw new GraphHttpError(
      400,
      'badRequest',
      `The emulator changes the Sms and Voice configurations only, not '${request.params.id}'.`,
    );
  let body: unknown;
  try {
    body = JSON.parse(request.ctx.body || '{}');
  } catch {
    throw new GraphHttpError(400, 'BadRequest', 'Unable to read JSON request payload.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new GraphHttpError(400, 'BadRequest', 'The request payload must be a JSON object.');
  patchPhoneMethod(request.state.tenant.phonePolicy, id, body as Record<string, unknown>);
  return { status: 204 as const };
}

export const policyRoutes: GraphRoute[] = [
  {
    method: 'PATCH',
    pattern: /^\/policies\/authenticationMethodsPolicy\/authenticationMethodConfigurations\/(?<id>[^/]+)$/,
    handler: patchConfiguration,
  },
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
          authenticationMethodsRegistrationCampaign: request.state.tenant.phonePolicy.campaign,
        },
        // The opt-out the FAQ sets through the beta policy; no Graph reference page documents it, so only beta
        // shows it (docs/sms-voice-retirement.md §3-4).
        ...(request.version === 'beta'
          ? {
              optOutSettings: {
                passkeyDynamicMigration: request.state.tenant.phonePolicy.passkeyDynamicMigrationOptOut,
              },
            }
          : {}),
        authenticationMethodConfigurations: configurations(request.state.tenant, request.version),
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
      const found = configurations(request.state.tenant, request.version).find(
        (c) => c.id.toLowerCase() === id,
      );
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
