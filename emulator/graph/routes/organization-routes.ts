import type { Tenant } from '../../tenant/model.ts';
import { requireScope } from '../graph-caller.ts';
import { notFound } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphResult, type GraphRoute } from '../graph-route.ts';
import { applySelect, parseSelect } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { assignedPlansOf, skusFor } from './licence-catalog.ts';
import { decodePathKey } from './path-key.ts';

const FULL_SCOPES = [
  'Organization.Read.All',
  'Organization.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
const LIMITED_SCOPES = ['User.Read', 'User.ReadWrite'];
// What User.Read fills; everything else is null (docs/graph-notes.md §11.8).
const LIMITED_PROPERTIES: ReadonlySet<string> = new Set(['id', 'displayName', 'verifiedDomains']);

const PROPERTIES = [
  'id',
  'deletedDateTime',
  'assignedPlans',
  'businessPhones',
  'city',
  'country',
  'countryLetterCode',
  'createdDateTime',
  'defaultUsageLocation',
  'displayName',
  'marketingNotificationEmails',
  'onPremisesLastSyncDateTime',
  'onPremisesSyncEnabled',
  'postalCode',
  'preferredLanguage',
  'privacyProfile',
  'provisionedPlans',
  'securityComplianceNotificationMails',
  'securityComplianceNotificationPhones',
  'state',
  'street',
  'technicalNotificationMails',
  'tenantType',
  'verifiedDomains',
] as const;

function organizationResource(tenant: Tenant): Record<(typeof PROPERTIES)[number], unknown> {
  const admin = `admin@${tenant.domain}`;
  return {
    id: tenant.id,
    deletedDateTime: null,
    assignedPlans: assignedPlansOf(tenant),
    businessPhones: ['+1 425 555 0100'],
    city: 'Redmond',
    country: null,
    countryLetterCode: 'US',
    createdDateTime: new Date(Date.parse(tenant.generatedAt) - 2600 * 86_400_000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
    defaultUsageLocation: 'US',
    displayName: tenant.displayName,
    marketingNotificationEmails: [],
    onPremisesLastSyncDateTime: null,
    onPremisesSyncEnabled: null,
    postalCode: '98052',
    preferredLanguage: 'en',
    privacyProfile: null,
    provisionedPlans: skusFor(tenant.tier)
      .flatMap((sku) => sku.plans)
      .filter((plan, i, all) => all.findIndex((p) => p.id === plan.id) === i)
      .map((plan) => ({ capabilityStatus: 'Enabled', provisioningStatus: 'Success', service: plan.service })),
    securityComplianceNotificationMails: [],
    securityComplianceNotificationPhones: [],
    state: 'WA',
    street: 'One Microsoft Way',
    technicalNotificationMails: [admin],
    tenantType: 'AAD',
    verifiedDomains: [
      {
        capabilities: 'Email, OfficeCommunicationsOnline',
        isDefault: true,
        isInitial: true,
        name: tenant.domain,
        type: 'Managed',
      },
    ],
  };
}

/** Any member or guest may read it; User.Read fills only id, displayName and verifiedDomains. */
function organizationFor(request: GraphRequest): Record<string, unknown> {
  const { caller, state } = request;
  requireScope(caller, [...LIMITED_SCOPES, ...FULL_SCOPES]);
  const row: Record<string, unknown> = organizationResource(state.tenant);
  if (FULL_SCOPES.some((s) => caller.scopes.has(s))) return row;
  for (const key of Object.keys(row)) if (!LIMITED_PROPERTIES.has(key)) row[key] = null;
  return row;
}

function readSelect(request: GraphRequest): string[] | undefined {
  const options = readQueryOptions(request.ctx.url, ['$select']);
  return options.$select
    ? parseSelect(options.$select, PROPERTIES, 'microsoft.graph.organization')
    : undefined;
}

/** A collection of exactly one item (docs/graph-notes.md §11.8). */
function listOrganization(request: GraphRequest): GraphResult {
  const { ctx, version } = request;
  const row = organizationFor(request);
  const select = readSelect(request);
  const context = odataContext(
    ctx.baseUrl,
    version,
    select ? `organization(${select.join(',')})` : 'organization',
  );
  return ok(collection(context, [applySelect(row, select)]));
}

function getOrganization(request: GraphRequest): GraphResult {
  const { ctx, state, version, params } = request;
  const row = organizationFor(request);
  const id = decodePathKey(params.id);
  if (id.toLowerCase() !== state.tenant.id.toLowerCase()) throw notFound(id);
  const select = readSelect(request);
  const context = odataContext(
    ctx.baseUrl,
    version,
    select ? `organization(${select.join(',')})/$entity` : 'organization/$entity',
  );
  return ok({ '@odata.context': context, ...applySelect(row, select) });
}

export const organizationRoutes: GraphRoute[] = [
  { method: 'GET', pattern: /^\/organization$/, handler: listOrganization },
  { method: 'GET', pattern: /^\/organization\/(?<id>[^/]+)$/, handler: getOrganization },
];
