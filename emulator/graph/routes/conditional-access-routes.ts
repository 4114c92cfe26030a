import type { ConditionalAccessPolicy } from '../../tenant/conditional-access.ts';
import { ROLE } from '../../tenant/roles.ts';
import { requireScope } from '../graph-caller.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';

/**
 * Who reads Conditional Access policies (graph-docs-contrib includes/rbac-for-apis/rbac-conditionalaccess-apis-read.md:
 * Security Reader, Security Administrator, Global Reader, Conditional Access Administrator; a Global
 * Administrator reads everything). Not an Authentication Administrator.
 */
const CA_READERS = new Set<string>([
  ROLE.securityReader,
  ROLE.securityAdministrator,
  ROLE.globalReader,
  ROLE.conditionalAccessAdministrator,
  ROLE.globalAdministrator,
]);

/**
 * conditionalaccessroot-list-policies.md: Policy.Read.All only ("Not available" for anything higher). The 403
 * for a missing role is a field report's (`AccessDenied`, naming the roles); the docs give none.
 */
function requireCaAccess({ caller }: GraphRequest) {
  requireScope(caller, ['Policy.Read.All']);
  if (!caller.user.roles.some((r) => CA_READERS.has(r)))
    throw new GraphHttpError(
      403,
      'AccessDenied',
      'Your account does not have access to this report or data. One of the following roles is required: Security Reader, Security Administrator, Conditional Access Administrator, Global Reader.',
    );
}

/** The v1.0 shape (resources/conditionalaccesspolicy.md), the strength inline without $expand as the examples show. */
function policyResource(request: GraphRequest, policy: ConditionalAccessPolicy) {
  const base = odataContext(
    request.ctx.baseUrl,
    request.version,
    `identity/conditionalAccess/policies('${policy.id}')`,
  );
  const strength = policy.authenticationStrength;
  return {
    id: policy.id,
    templateId: null,
    displayName: policy.displayName,
    createdDateTime: policy.createdDateTime,
    modifiedDateTime: null,
    state: policy.state,
    sessionControls: null,
    conditions: {
      userRiskLevels: [],
      signInRiskLevels: [],
      clientAppTypes: ['all'],
      servicePrincipalRiskLevels: [],
      platforms: null,
      locations: null,
      devices: null,
      clientApplications: null,
      applications: {
        includeApplications: policy.includeApplications,
        excludeApplications: [],
        includeUserActions: policy.includeUserActions,
        includeAuthenticationContextClassReferences: [],
        applicationFilter: null,
      },
      users: {
        ...policy.users,
        includeGuestsOrExternalUsers: null,
        excludeGuestsOrExternalUsers: null,
      },
    },
    grantControls: {
      operator: 'OR',
      builtInControls: policy.builtInControls,
      customAuthenticationFactors: [],
      termsOfUse: [],
      'authenticationStrength@odata.context': `${base}/grantControls/authenticationStrength/$entity`,
      authenticationStrength: strength && {
        id: strength.id,
        createdDateTime: policy.createdDateTime,
        modifiedDateTime: policy.createdDateTime,
        displayName: strength.displayName,
        description: strength.description,
        policyType: strength.policyType,
        requirementsSatisfied: 'mfa',
        allowedCombinations: strength.allowedCombinations,
        combinationConfigurations: [],
      },
    },
  };
}

export const conditionalAccessRoutes: GraphRoute[] = [
  {
    method: 'GET',
    pattern: /^\/identity\/conditionalAccess\/policies$/,
    handler: (request) => {
      readQueryOptions(request.ctx.url, []);
      requireCaAccess(request);
      const { tenant } = request.state;
      return ok(
        collection(
          odataContext(request.ctx.baseUrl, request.version, 'identity/conditionalAccess/policies'),
          tenant.conditionalAccess.map((p) => policyResource(request, p)),
        ),
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/identity\/conditionalAccess\/policies\/(?<id>[^/]+)$/,
    handler: (request) => {
      readQueryOptions(request.ctx.url, []);
      requireCaAccess(request);
      const id = decodeURIComponent(request.params.id ?? '');
      const policy = request.state.tenant.conditionalAccess.find((p) => p.id === id);
      if (!policy) throw new GraphHttpError(404, 'ResourceNotFound', `Policy '${id}' was not found.`);
      return ok({
        '@odata.context': odataContext(
          request.ctx.baseUrl,
          request.version,
          'identity/conditionalAccess/policies/$entity',
        ),
        ...policyResource(request, policy),
      });
    },
  },
];
