import { GROUP_CREATORS, GROUP_MEMBER_WRITERS } from '../../tenant/group-roles.ts';
import type { SecurityGroup } from '../../tenant/phone-policy.ts';
import { requireScope, type GraphCaller } from '../graph-caller.ts';
import { GraphHttpError, insufficientPrivileges, notFound } from '../graph-http-error.ts';
import type { GraphRequest, GraphResult, GraphRoute } from '../graph-route.ts';
import { odataContext } from '../odata-envelope.ts';
import { decodePathKey } from './path-key.ts';

// group-post-groups.md: delegated Group.ReadWrite.All or Directory.ReadWrite.All.
const CREATE_SCOPES = ['Group.ReadWrite.All', 'Directory.ReadWrite.All'];
// group-post-members.md (the PATCH form included): GroupMember.ReadWrite.All is the least privileged.
const MEMBER_WRITE_SCOPES = ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
// group-post-members.md and group-update.md: "up to 20 members can be added in a single request"; group-post-
// groups.md: "a maximum of 20 relationships, such as owners and members, can be added as part of group creation".
const MAX_BINDS = 20;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const badRequest = (message: string, code = 'Request_BadRequest') => new GraphHttpError(400, code, message);

function readBody(request: GraphRequest): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(request.ctx.body || '');
  } catch {
    throw badRequest('Unable to read JSON request payload.', 'BadRequest');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw badRequest('The request payload must be a JSON object.', 'BadRequest');
  return body as Record<string, unknown>;
}

/**
 * `members@odata.bind` / `owners@odata.bind` / `@odata.id` values: Graph URLs of directory objects
 * (`https://graph.microsoft.com/v1.0/directoryObjects/{id}`, or `/users/{id}`), this cloud's host or Graph's.
 */
function boundIds(value: unknown, name: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw badRequest(`'${name}' must be a collection of URLs.`, 'BadRequest');
  return value.map((url) => boundId(url, name));
}

function boundId(url: unknown, name: string): string {
  const match =
    typeof url === 'string'
      ? /^https:\/\/[^/]+\/(?:v1\.0|beta)\/(?:directoryObjects|users|groups)\/([^/?#]+)$/.exec(url)
      : null;
  if (!match || !GUID.test(match[1]!))
    throw badRequest(`Invalid object identifier '${String(url)}' in '${name}'.`, 'BadRequest');
  return match[1]!.toLowerCase();
}

function groupById(request: GraphRequest): SecurityGroup {
  const id = decodePathKey(request.params.id);
  const group = request.state.tenant.phonePolicy.groups.find((g) => g.id === id);
  if (group) return group;
  // Role-assignable groups are written only by a Privileged Role Administrator with
  // RoleManagement.ReadWrite.Directory (group-post-members.md); the emulator does not model that write.
  if (request.state.tenant.delegation.groups.some((g) => g.id === id)) throw insufficientPrivileges();
  throw notFound(id);
}

function requireMemberWriter(caller: GraphCaller, group: SecurityGroup): void {
  const owner = group.ownerIds?.has(caller.user.id) ?? false;
  if (!owner && !caller.user.roles.some((r) => GROUP_MEMBER_WRITERS.has(r))) throw insufficientPrivileges();
}

/**
 * Adds members all or nothing, as Graph does: "If an error condition exists in the request body, no members are
 * added" (group-post-members.md). A member already there is Graph's 400 "added object references already
 * exist"; an id no object has is its 404. A group created moments ago may still be replicating: group-post-
 * members.md (beta) says adds "might return a 400 Bad Request error with the message: 'The source resource
 * object or one of the objects being referenced do not exist.'" and to retry after a brief delay.
 */
function addMembers(request: GraphRequest, group: SecurityGroup, ids: readonly string[]): void {
  if (ids.length > MAX_BINDS)
    throw badRequest(
      `The request adds ${ids.length} members; a single request can add up to ${MAX_BINDS}.`,
      'Request_BadRequest',
    );
  const delay = request.state.options.groupReplicationDelayMs;
  if (group.createdAt !== undefined && request.now - group.createdAt < delay)
    throw badRequest('The source resource object or one of the objects being referenced do not exist.');
  const { tenant } = request.state;
  const seen = new Set<string>();
  for (const id of ids) {
    if (!tenant.usersById.has(id) && !tenant.phonePolicy.groups.some((g) => g.id === id)) throw notFound(id);
    if (group.memberIds.has(id) || seen.has(id))
      throw badRequest(
        "One or more added object references already exist for the following modified properties: 'members'.",
      );
    seen.add(id);
  }
  for (const id of ids) group.memberIds.add(id);
}

const NICKNAME = /^[\x21-\x7e]{1,64}$/;
const NICKNAME_FORBIDDEN = /[@()\\[\]";:.<>,]/;

function text(
  body: Record<string, unknown>,
  name: string,
  max: number,
  required: boolean,
): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) {
    if (required) throw badRequest(`Property '${name}' is required.`, 'Request_BadRequest');
    return undefined;
  }
  if (typeof value !== 'string') throw badRequest(`Property '${name}' must be a string.`, 'BadRequest');
  if (required && !value.trim())
    throw badRequest(`Property '${name}' cannot be empty.`, 'Request_BadRequest');
  if (value.length > max)
    throw badRequest(`Property '${name}' is longer than ${max} characters.`, 'Request_BadRequest');
  return value;
}

const CREATE_PROPERTIES = new Set([
  'displayName',
  'description',
  'mailEnabled',
  'mailNickname',
  'securityEnabled',
  'groupTypes',
  'members@odata.bind',
  'owners@odata.bind',
]);

/**
 * POST /groups (group-post-groups.md): a security group with assigned membership. Without a group role the
 * tenant's "Users can create security groups" setting decides (authorizationPolicy
 * `allowedToCreateSecurityGroups`); the emulator's tenant has it off unless `usersCreateSecurityGroups`.
 */
function createGroup(request: GraphRequest): GraphResult {
  const { caller, state } = request;
  requireScope(caller, CREATE_SCOPES);
  const admin = caller.user.roles.some((r) => GROUP_CREATORS.has(r));
  if (!admin && (!state.options.usersCreateSecurityGroups || caller.user.userType === 'guest'))
    throw insufficientPrivileges();
  const body = readBody(request);
  for (const name of Object.keys(body))
    if (!name.startsWith('@odata.') && !CREATE_PROPERTIES.has(name))
      throw badRequest(`Property '${name}' is not supported on a group created here.`, 'BadRequest');
  const displayName = text(body, 'displayName', 256, true)!;
  const description = text(body, 'description', 1024, false) ?? '';
  const mailNickname = text(body, 'mailNickname', 64, true)!;
  if (!NICKNAME.test(mailNickname) || NICKNAME_FORBIDDEN.test(mailNickname))
    throw badRequest(
      "Property 'mailNickname' may hold ASCII characters only, without spaces or @ () \\ [ ] \" ; : . < > ,",
    );
  if (body.securityEnabled !== true || body.mailEnabled !== false)
    throw badRequest(
      'The emulator creates security groups only: securityEnabled true and mailEnabled false.',
      'Request_BadRequest',
    );
  if (body.groupTypes !== undefined && !(Array.isArray(body.groupTypes) && body.groupTypes.length === 0))
    throw badRequest('The emulator creates groups with assigned membership only: groupTypes [].');
  const members = boundIds(body['members@odata.bind'], 'members@odata.bind');
  const owners = boundIds(body['owners@odata.bind'], 'owners@odata.bind');
  if (members.length + owners.length > MAX_BINDS)
    throw badRequest(`A group can be created with at most ${MAX_BINDS} owners and members.`);
  for (const id of [...members, ...owners]) if (!state.tenant.usersById.has(id)) throw notFound(id);
  const group: SecurityGroup = {
    id: crypto.randomUUID(),
    displayName,
    description,
    mailNickname,
    memberIds: new Set(members),
    // A user who creates a group without naming owners owns it (group-post-groups.md, example 1).
    ownerIds: new Set(owners.length ? owners : admin ? [] : [caller.user.id]),
    createdAt: request.now,
  };
  state.tenant.phonePolicy.groups.push(group);
  return {
    status: 201,
    body: {
      '@odata.context': odataContext(request.ctx.baseUrl, request.version, 'groups/$entity'),
      id: group.id,
      displayName,
      description: description || null,
      mailEnabled: false,
      mailNickname,
      securityEnabled: true,
      groupTypes: [],
      isAssignableToRole: null,
      createdDateTime: new Date(request.now).toISOString().replace(/\.\d+Z$/, 'Z'),
    },
    headers: { Location: `${request.ctx.baseUrl}/${request.version}/groups/${group.id}` },
  };
}

const UPDATE_PROPERTIES = new Set(['members@odata.bind']);

/** PATCH /groups/{id} with `members@odata.bind` (group-post-members.md, "add multiple members"): 204. */
function patchGroup(request: GraphRequest): GraphResult {
  requireScope(request.caller, MEMBER_WRITE_SCOPES);
  const group = groupById(request);
  const body = readBody(request);
  for (const name of Object.keys(body))
    if (!name.startsWith('@odata.') && !UPDATE_PROPERTIES.has(name))
      throw badRequest(`The emulator updates a group's members only, not '${name}'.`, 'BadRequest');
  requireMemberWriter(request.caller, group);
  addMembers(request, group, boundIds(body['members@odata.bind'], 'members@odata.bind'));
  return { status: 204 };
}

/** POST /groups/{id}/members/$ref with `{"@odata.id": …}`: one member, 204. */
function addMemberRef(request: GraphRequest): GraphResult {
  requireScope(request.caller, MEMBER_WRITE_SCOPES);
  const group = groupById(request);
  const body = readBody(request);
  requireMemberWriter(request.caller, group);
  addMembers(request, group, [boundId(body['@odata.id'], '@odata.id')]);
  return { status: 204 };
}

export const groupWriteRoutes: GraphRoute[] = [
  { method: 'POST', pattern: /^\/groups$/, handler: createGroup },
  { method: 'PATCH', pattern: /^\/groups\/(?<id>[^/]+)$/, handler: patchGroup },
  { method: 'POST', pattern: /^\/groups\/(?<id>[^/]+)\/members\/\$ref$/, handler: addMemberRef },
];
