import { transitiveUserIds, type SecurityGroup } from '../../tenant/phone-policy.ts';
import type { Tenant } from '../../tenant/model.ts';
import { requireScope } from '../graph-caller.ts';
import { insufficientPrivileges, notFound } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphResult, type GraphRoute } from '../graph-route.ts';
import { applySelect, compileFilter, parseFilter, parseSelect, type FilterSchema } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions, readTop } from '../query-options.ts';
import { decodeSkipToken, encodeSkipToken, nextLinkFor } from '../skip-token.ts';
import { decodePathKey } from './path-key.ts';

// graph-docs-contrib v1.0 group-get.md, group-list-members.md, group-list-transitivemembers.md: delegated
// GroupMember.Read.All (least), Group.Read.All, Directory.Read.All (or their ReadWrite forms). A member user
// reads groups by default; a guest does not (users-default-permissions.md).
const READ_SCOPES = [
  'GroupMember.Read.All',
  'Group.Read.All',
  'Group.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
const GROUP_PROPERTIES = [
  'id',
  'displayName',
  'description',
  'securityEnabled',
  'mailEnabled',
  'groupTypes',
  'isAssignableToRole',
] as const;
const MEMBER_PROPERTIES = ['id', 'displayName', 'userPrincipalName', 'userType'] as const;
// Directory lists: 100 by default, $top up to 999 (docs/graph-notes.md §6).
const DEFAULT_PAGE = 100;
const MAX_PAGE = 999;

interface AnyGroup {
  id: string;
  displayName: string;
  description: string;
  memberIds: Set<string>;
  isAssignableToRole: boolean;
}

/** Security groups the policy targets, and the role-assignable groups of delegation.ts. */
function groupsOf(tenant: Tenant): AnyGroup[] {
  return [
    ...tenant.phonePolicy.groups.map((g: SecurityGroup) => ({ ...g, isAssignableToRole: false })),
    ...tenant.delegation.groups.map((g) => ({
      id: g.id,
      displayName: g.displayName,
      description: 'Role-assignable group',
      memberIds: g.memberIds,
      isAssignableToRole: true,
    })),
  ];
}

function readable(request: GraphRequest): AnyGroup {
  requireScope(request.caller, READ_SCOPES);
  if (request.caller.user.userType === 'guest') throw insufficientPrivileges();
  const id = decodePathKey(request.params.id);
  const group = groupsOf(request.state.tenant).find((g) => g.id === id);
  if (!group) throw notFound(id);
  return group;
}

const groupResource = (group: AnyGroup) => ({
  id: group.id,
  displayName: group.displayName,
  description: group.description,
  securityEnabled: true,
  mailEnabled: false,
  groupTypes: [],
  isAssignableToRole: group.isAssignableToRole,
});

function getGroup(request: GraphRequest): GraphResult {
  const group = readable(request);
  const options = readQueryOptions(request.ctx.url, ['$select']);
  const select = options.$select
    ? parseSelect(options.$select, GROUP_PROPERTIES, 'microsoft.graph.group')
    : undefined;
  const context = odataContext(request.ctx.baseUrl, request.version, 'groups/$entity');
  return ok({ '@odata.context': context, ...applySelect(groupResource(group), select, ['id']) });
}

/** `members` or `transitiveMembers`, optionally cast to users: paged with query-bound skip tokens. */
function listMembers(request: GraphRequest, transitive: boolean, usersOnly: boolean): GraphResult {
  const group = readable(request);
  const { ctx, state, version } = request;
  const options = readQueryOptions(ctx.url, ['$select', '$top', '$skiptoken']);
  const select = options.$select
    ? parseSelect(options.$select, MEMBER_PROPERTIES, 'microsoft.graph.user')
    : undefined;
  const top = readTop(options.$top, DEFAULT_PAGE, MAX_PAGE);
  const all = groupsOf(state.tenant);
  const ids = transitive
    ? [
        ...transitiveUserIds(all, group.id),
        // Nested groups are transitive members too (loops included once), unless cast to users.
        ...all.filter((g) => g.id !== group.id && reaches(all, group.id, g.id)).map((g) => g.id),
      ]
    : [...group.memberIds];
  const members = ids.flatMap((id) => {
    const user = state.tenant.usersById.get(id);
    if (user)
      return [
        applySelect(
          {
            '@odata.type': '#microsoft.graph.user',
            id: user.id,
            displayName: user.displayName,
            userPrincipalName: user.userPrincipalName,
            userType: user.userType === 'guest' ? 'Guest' : 'Member',
          },
          select,
          ['id'],
        ),
      ];
    const nested = all.find((g) => g.id === id);
    return nested && !usersOnly
      ? [{ '@odata.type': '#microsoft.graph.group', id: nested.id, displayName: nested.displayName }]
      : [];
  });
  const queryKey = [transitive, usersOnly, group.id, options.$select ?? '', top].join('|');
  const offset = options.$skiptoken ? decodeSkipToken(options.$skiptoken, queryKey) : 0;
  const nextLink =
    offset + top < members.length
      ? nextLinkFor(ctx.url, ctx.baseUrl, encodeSkipToken(offset + top, queryKey))
      : undefined;
  const context = odataContext(ctx.baseUrl, version, usersOnly ? 'users' : 'directoryObjects');
  return ok(collection(context, members.slice(offset, offset + top), { nextLink }));
}

/** Does group `from` contain group `to` through nesting? */
function reaches(groups: readonly AnyGroup[], from: string, to: string): boolean {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const member of byId.get(id)?.memberIds ?? []) {
      if (member === to) return true;
      if (byId.has(member)) stack.push(member);
    }
  }
  return false;
}

// group-list.md: `$filter` on displayName (eq, startswith), securityEnabled, mailEnabled, isAssignableToRole (eq).
const GROUP_FILTER_SCHEMA: FilterSchema = {
  id: { type: 'guid', ops: ['eq'] },
  displayName: { type: 'string', ops: ['eq', 'startswith'] },
  securityEnabled: { type: 'boolean', ops: ['eq'] },
  mailEnabled: { type: 'boolean', ops: ['eq'] },
  isAssignableToRole: { type: 'boolean', ops: ['eq'] },
};

/** GET /groups: every group the emulator models, filtered, selected and paged like a directory list. */
function listGroups(request: GraphRequest): GraphResult {
  requireScope(request.caller, READ_SCOPES);
  if (request.caller.user.userType === 'guest') throw insufficientPrivileges();
  const { ctx, state, version } = request;
  const options = readQueryOptions(ctx.url, ['$select', '$top', '$skiptoken', '$filter']);
  const select = options.$select
    ? parseSelect(options.$select, GROUP_PROPERTIES, 'microsoft.graph.group')
    : undefined;
  const top = readTop(options.$top, DEFAULT_PAGE, MAX_PAGE);
  const matches = options.$filter
    ? compileFilter<Record<string, unknown>>(parseFilter(options.$filter), GROUP_FILTER_SCHEMA)
    : () => true;
  const rows = groupsOf(state.tenant)
    .map(groupResource)
    .filter((g) => matches(g))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const queryKey = ['groups', options.$filter ?? '', options.$select ?? '', top].join('|');
  const offset = options.$skiptoken ? decodeSkipToken(options.$skiptoken, queryKey) : 0;
  const nextLink =
    offset + top < rows.length
      ? nextLinkFor(ctx.url, ctx.baseUrl, encodeSkipToken(offset + top, queryKey))
      : undefined;
  const page = rows.slice(offset, offset + top).map((g) => applySelect(g, select, ['id']));
  return ok(collection(odataContext(ctx.baseUrl, version, 'groups'), page, { nextLink }));
}

export const groupRoutes: GraphRoute[] = [
  { method: 'GET', pattern: /^\/groups$/, handler: listGroups },
  { method: 'GET', pattern: /^\/groups\/(?<id>[^/]+)$/, handler: getGroup },
  {
    method: 'GET',
    pattern: /^\/groups\/(?<id>[^/]+)\/members(\/microsoft\.graph\.user)?$/,
    handler: (r) => listMembers(r, false, r.ctx.url.pathname.endsWith('microsoft.graph.user')),
  },
  {
    method: 'GET',
    pattern: /^\/groups\/(?<id>[^/]+)\/transitiveMembers(\/microsoft\.graph\.user)?$/,
    handler: (r) => listMembers(r, true, r.ctx.url.pathname.endsWith('microsoft.graph.user')),
  },
];
