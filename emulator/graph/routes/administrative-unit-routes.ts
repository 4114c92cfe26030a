import type { AdministrativeUnit } from '../../tenant/delegation.ts';
import { requireScope } from '../graph-caller.ts';
import { insufficientPrivileges, notFound } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphResult, type GraphRoute } from '../graph-route.ts';
import { applySelect, parseSelect } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { decodePathKey } from './path-key.ts';

// graph-docs-contrib v1.0 administrativeunit-get.md / directory-list-administrativeunits.md: delegated
// AdministrativeUnit.Read.All or Directory.Read.All (or their ReadWrite forms); only $select.
const READ_SCOPES = [
  'AdministrativeUnit.Read.All',
  'AdministrativeUnit.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
const PROPERTIES = [
  'id',
  'displayName',
  'description',
  'isMemberManagementRestricted',
  'visibility',
] as const;

const resource = (unit: AdministrativeUnit) => ({
  id: unit.id,
  deletedDateTime: null,
  displayName: unit.displayName,
  description: unit.description,
  isMemberManagementRestricted: unit.isMemberManagementRestricted,
  visibility: null,
});

/** Scope, and the caller a member user: guests have no permissions on units (users-default-permissions.md). */
function readableUnits(request: GraphRequest): { select: string[] | undefined } {
  requireScope(request.caller, READ_SCOPES);
  if (request.caller.user.userType === 'guest') throw insufficientPrivileges();
  const options = readQueryOptions(request.ctx.url, ['$select']);
  return {
    select: options.$select
      ? parseSelect(options.$select, PROPERTIES, 'microsoft.graph.administrativeUnit')
      : undefined,
  };
}

function getUnit(request: GraphRequest): GraphResult {
  const { select } = readableUnits(request);
  const id = decodePathKey(request.params.id);
  const unit = request.state.tenant.delegation.units.find((u) => u.id === id);
  if (!unit) throw notFound(id);
  const context = odataContext(request.ctx.baseUrl, request.version, 'directory/administrativeUnits/$entity');
  return ok({ '@odata.context': context, ...applySelect(resource(unit), select, ['id']) });
}

function listUnits(request: GraphRequest): GraphResult {
  const { select } = readableUnits(request);
  const context = odataContext(request.ctx.baseUrl, request.version, 'directory/administrativeUnits');
  return ok(
    collection(
      context,
      request.state.tenant.delegation.units.map((u) => applySelect(resource(u), select, ['id'])),
    ),
  );
}

/** `/directory/administrativeUnits/{id}/members` (v1.0 administrativeunit-list-members.md): the users in it. */
function listMembers(request: GraphRequest): GraphResult {
  requireScope(request.caller, READ_SCOPES);
  if (request.caller.user.userType === 'guest') throw insufficientPrivileges();
  readQueryOptions(request.ctx.url, ['$select', '$top']);
  const id = decodePathKey(request.params.id);
  const unit = request.state.tenant.delegation.units.find((u) => u.id === id);
  if (!unit) throw notFound(id);
  const members = [...unit.memberIds].flatMap((memberId) => {
    const user = request.state.tenant.usersById.get(memberId);
    return user
      ? [{ '@odata.type': '#microsoft.graph.user', id: user.id, displayName: user.displayName }]
      : [];
  });
  return ok(collection(odataContext(request.ctx.baseUrl, request.version, 'directoryObjects'), members));
}

export const administrativeUnitRoutes: GraphRoute[] = [
  {
    method: 'GET',
    pattern: /^\/directory\/administrativeUnits\/(?<id>[^/]+)\/members$/,
    handler: listMembers,
  },
  { method: 'GET', pattern: /^\/directory\/administrativeUnits$/, handler: listUnits },
  { method: 'GET', pattern: /^\/directory\/administrativeUnits\/(?<id>[^/]+)$/, handler: getUnit },
];
