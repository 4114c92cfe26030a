import { protectingGroupsOf, unitsOf } from '../../tenant/delegation.ts';
import type { TenantUser } from '../../tenant/model.ts';
import { transitiveUserIds } from '../../tenant/phone-policy.ts';
import { ok, type GraphRequest, type GraphResult } from '../graph-route.ts';
import { parseSelect } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { directoryRoleItems, listDirectoryRoles } from './directory-role-listing.ts';

/**
 * `memberOf` / `transitiveMemberOf`, cast or not (graph-docs-contrib v1.0 user-list-memberof.md: "groups,
 * directory roles, and administrative units"). Role-assignable groups cannot be nested (groups-concept.md),
 * so the transitive list is the direct one.
 */
export const MEMBERSHIP_SEGMENT =
  '(?:transitiveMemberOf|memberOf)(?:/microsoft\\.graph\\.(?<cast>directoryRole|administrativeUnit|group))?';

const UNIT_PROPERTIES = ['id', 'displayName', 'description', 'isMemberManagementRestricted', 'visibility'];
const GROUP_PROPERTIES = [
  'id',
  'displayName',
  'description',
  'isAssignableToRole',
  'securityEnabled',
  'mailEnabled',
  'groupTypes',
];
const ROLE_PROPERTIES = ['id', 'deletedDateTime', 'description', 'displayName', 'roleTemplateId'];

type Item = Record<string, unknown>;

function unitItems(request: GraphRequest, user: TenantUser): Item[] {
  return unitsOf(request.state.tenant.delegation, user.id).map((u) => ({
    '@odata.type': '#microsoft.graph.administrativeUnit',
    id: u.id,
    displayName: u.displayName,
    description: u.description,
    isMemberManagementRestricted: u.isMemberManagementRestricted,
    visibility: null,
  }));
}

function groupItems(request: GraphRequest, user: TenantUser): Item[] {
  const { delegation, phonePolicy } = request.state.tenant;
  const group = (g: { id: string; displayName: string }, isAssignableToRole: boolean): Item => ({
    '@odata.type': '#microsoft.graph.group',
    id: g.id,
    displayName: g.displayName,
    description: null,
    isAssignableToRole,
    securityEnabled: true,
    mailEnabled: false,
    groupTypes: [],
  });
  // Members only: owning a group is not a membership.
  const protecting = protectingGroupsOf(delegation, user.id).filter((g) => g.memberIds.has(user.id));
  // The security groups policies target: direct members for memberOf, through nesting (loops included, each
  // group once) for transitiveMemberOf.
  const transitive = request.ctx.url.pathname.includes('/transitiveMemberOf');
  const security = phonePolicy.groups.filter((g) =>
    transitive ? transitiveUserIds(phonePolicy.groups, g.id).includes(user.id) : g.memberIds.has(user.id),
  );
  return [...protecting.map((g) => group(g, true)), ...security.map((g) => group(g, false))];
}

/** Keeps the selected properties each item's own type has, as Graph does for a mixed collection. */
const project = (item: Item, select: string[] | undefined): Item =>
  select === undefined
    ? item
    : Object.fromEntries(
        Object.entries(item).filter(([key]) => key === '@odata.type' || key === 'id' || select.includes(key)),
      );

/** A user's memberships. Callers check the scopes for reading the user first. */
export function listMemberships(request: GraphRequest, user: TenantUser): GraphResult {
  const cast = request.params.cast;
  if (cast === 'directoryRole') return listDirectoryRoles(request, user);
  const { ctx, version } = request;
  const options = readQueryOptions(ctx.url, ['$select', '$top']);
  const allowed =
    cast === 'administrativeUnit'
      ? UNIT_PROPERTIES
      : cast === 'group'
        ? GROUP_PROPERTIES
        : [...new Set([...ROLE_PROPERTIES, ...UNIT_PROPERTIES, ...GROUP_PROPERTIES])];
  const select = options.$select ? parseSelect(options.$select, allowed, 'directoryObject') : undefined;
  const roles: Item[] = cast ? [] : directoryRoleItems(request, user);
  const items = [
    ...roles,
    ...(cast !== 'group' ? unitItems(request, user) : []),
    ...(cast !== 'administrativeUnit' ? groupItems(request, user) : []),
  ].map((item) => project(item, select));
  const entitySet =
    cast === 'administrativeUnit' ? 'administrativeUnits' : cast === 'group' ? 'groups' : 'directoryObjects';
  return ok(collection(odataContext(ctx.baseUrl, version, entitySet), items));
}
