import { ROLE } from '../../tenant/roles.ts';
import { requireRole, requireScope } from '../graph-caller.ts';
import { notFound } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphResult, type GraphRoute } from '../graph-route.ts';
import { applySelect, parseSelect } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { subscribedSkusOf } from './licence-catalog.ts';
import { decodePathKey } from './path-key.ts';

const READ_SCOPES = [
  'LicenseAssignment.Read.All',
  'LicenseAssignment.ReadWrite.All',
  'Organization.Read.All',
  'Organization.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];

/**
 * The docs include names Global Reader and Directory Readers (docs/graph-notes.md §11.8); Global,
 * User and Billing Administrators manage licences, so they read them too (guessed).
 */
const SKU_READERS: ReadonlySet<string> = new Set([
  ROLE.globalReader,
  ROLE.directoryReaders,
  ROLE.globalAdministrator,
  ROLE.userAdministrator,
  ROLE.billingAdministrator,
]);

const PROPERTIES = [
  'id',
  'accountId',
  'accountName',
  'appliesTo',
  'capabilityStatus',
  'consumedUnits',
  'prepaidUnits',
  'servicePlans',
  'skuId',
  'skuPartNumber',
  'subscriptionIds',
] as const;

function checkAccess(request: GraphRequest): void {
  requireScope(request.caller, READ_SCOPES);
  if (request.state.options.subscribedSkusRoleGate) requireRole(request.caller, SKU_READERS);
}

/** Only $select is supported (docs/graph-notes.md §11.8). */
function readSelect(request: GraphRequest): string[] | undefined {
  const options = readQueryOptions(request.ctx.url, ['$select']);
  return options.$select
    ? parseSelect(options.$select, PROPERTIES, 'microsoft.graph.subscribedSku')
    : undefined;
}

function listSkus(request: GraphRequest): GraphResult {
  checkAccess(request);
  const { ctx, state, version } = request;
  const select = readSelect(request);
  const context = odataContext(
    ctx.baseUrl,
    version,
    select ? `subscribedSkus(${select.join(',')})` : 'subscribedSkus',
  );
  return ok(
    collection(
      context,
      subscribedSkusOf(state.tenant).map((sku) => applySelect(sku, select, ['id'])),
    ),
  );
}

function getSku(request: GraphRequest): GraphResult {
  checkAccess(request);
  const { ctx, state, version, params } = request;
  const id = decodePathKey(params.id);
  const sku = subscribedSkusOf(state.tenant).find((s) => String(s.id).toLowerCase() === id.toLowerCase());
  if (!sku) throw notFound(id);
  const select = readSelect(request);
  const context = odataContext(
    ctx.baseUrl,
    version,
    select ? `subscribedSkus(${select.join(',')})/$entity` : 'subscribedSkus/$entity',
  );
  return ok({ '@odata.context': context, ...applySelect(sku, select, ['id']) });
}

export const subscribedSkuRoutes: GraphRoute[] = [
  { method: 'GET', pattern: /^\/subscribedSkus$/, handler: listSkus },
  { method: 'GET', pattern: /^\/subscribedSkus\/(?<id>[^/]+)$/, handler: getSku },
];
