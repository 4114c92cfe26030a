import { ROLE } from '../../tenant/roles.ts';
import { enumArgument, parseFunctionArguments } from '../function-arguments.ts';
import { requireRole, requireScope } from '../graph-caller.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import { ok, type GraphRequest, type GraphResult, type GraphRoute } from '../graph-route.ts';
import { applySelect, compileFilter, parseFilter, parseSelect, type FilterSchema } from '../odata/index.ts';
import { collection, odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { compositeRoleId } from './guid-bytes.ts';
import { eligibilitiesOf, type Eligibility } from './pim-eligibility.ts';
import { expandedRoleDefinition, parseRoleDefinitionExpand } from './role-definition-shape.ts';
import { decodePathKey } from './path-key.ts';

const READ_SCOPES = [
  'RoleEligibilitySchedule.Read.Directory',
  'RoleEligibilitySchedule.ReadWrite.Directory',
  'RoleManagement.Read.Directory',
  'RoleManagement.ReadWrite.Directory',
  'RoleManagement.Read.All',
];

/** The PIM read include (docs/graph-notes.md §11.3) plus Global Administrator. */
const PIM_READERS: ReadonlySet<string> = new Set([
  ROLE.globalReader,
  ROLE.securityReader,
  ROLE.securityAdministrator,
  ROLE.privilegedRoleAdministrator,
  ROLE.globalAdministrator,
  // Security Operator: not in the tenant's role table, same template id in every tenant.
  '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f',
]);

const COMMON = [
  'id',
  'principalId',
  'roleDefinitionId',
  'directoryScopeId',
  'appScopeId',
  'memberType',
] as const;
const SCHEDULE_PROPERTIES = [
  ...COMMON,
  'createdUsing',
  'createdDateTime',
  'modifiedDateTime',
  'status',
  'scheduleInfo',
] as const;
const INSTANCE_PROPERTIES = [...COMMON, 'startDateTime', 'endDateTime', 'roleEligibilityScheduleId'] as const;

const FILTER_SCHEMA: FilterSchema = {
  principalId: { type: 'guid', ops: ['eq'] },
  roleDefinitionId: { type: 'guid', ops: ['eq'] },
  directoryScopeId: { type: 'string', ops: ['eq'] },
  memberType: { type: 'string', ops: ['eq'] },
};

type Kind = 'schedules' | 'instances';

function scheduleRow(e: Eligibility): Record<string, unknown> {
  return {
    id: e.scheduleId,
    principalId: e.principalId,
    roleDefinitionId: e.roleDefinitionId,
    directoryScopeId: '/',
    appScopeId: null,
    createdUsing: e.scheduleId,
    createdDateTime: e.createdDateTime,
    modifiedDateTime: null,
    status: 'Provisioned',
    memberType: 'Direct',
    scheduleInfo: {
      startDateTime: e.startDateTime,
      recurrence: null,
      expiration: {
        type: e.endDateTime === null ? 'noExpiration' : 'afterDateTime',
        endDateTime: e.endDateTime,
        duration: null,
      },
    },
  };
}

function instanceRow(e: Eligibility): Record<string, unknown> {
  return {
    id: compositeRoleId(e.roleDefinitionId, e.principalId, '-1-e'),
    principalId: e.principalId,
    roleDefinitionId: e.roleDefinitionId,
    directoryScopeId: '/',
    appScopeId: null,
    startDateTime: e.startDateTime,
    endDateTime: e.endDateTime,
    memberType: 'Direct',
    roleEligibilityScheduleId: e.scheduleId,
  };
}

/** Scope, then the P2 licence, then (unless it is the caller's own list) a PIM reader role. */
function checkAccess(request: GraphRequest, ownOnly: boolean): void {
  const { caller, state } = request;
  requireScope(caller, READ_SCOPES);
  if (state.options.pimRequiresP2 && state.tenant.tier !== 'p2') {
    throw new GraphHttpError(400, 'AadPremiumLicenseRequired', 'The tenant needs an AAD Premium 2 license.');
  }
  if (!ownOnly && state.options.pimRoleGate) requireRole(caller, PIM_READERS);
}

function listEligibility(request: GraphRequest, kind: Kind, ownOnly: boolean): GraphResult {
  const { ctx, caller, state, version } = request;
  checkAccess(request, ownOnly);
  const options = readQueryOptions(ctx.url, ['$filter', '$expand', '$select']);
  const typeName =
    kind === 'schedules' ? 'unifiedRoleEligibilitySchedule' : 'unifiedRoleEligibilityScheduleInstance';
  const properties = kind === 'schedules' ? SCHEDULE_PROPERTIES : INSTANCE_PROPERTIES;
  const select = options.$select ? parseSelect(options.$select, properties, typeName) : undefined;
  const expand = parseRoleDefinitionExpand(options.$expand, typeName);
  const predicate = options.$filter ? compileFilter(parseFilter(options.$filter), FILTER_SCHEMA) : undefined;
  // Eligibilities of users deleted since the set was generated are gone with them.
  let rows = eligibilitiesOf(state.tenant)
    .filter((e) => state.tenant.usersById.has(e.principalId))
    .filter((e) => !ownOnly || e.principalId === caller.user.id)
    .map(kind === 'schedules' ? scheduleRow : instanceRow);
  if (predicate) rows = rows.filter((r) => predicate(r));
  const segment = kind === 'schedules' ? 'roleEligibilitySchedules' : 'roleEligibilityScheduleInstances';
  const fragment = [select?.join(','), expand ? 'roleDefinition()' : undefined].filter(Boolean).join(',');
  const context = odataContext(
    ctx.baseUrl,
    version,
    `roleManagement/directory/${segment}${fragment ? `(${fragment})` : ''}`,
  );
  const value = rows.map((row) => {
    const shaped: Record<string, unknown> = applySelect(row, select, ['id']);
    if (expand) shaped.roleDefinition = expandedRoleDefinition(String(row.roleDefinitionId), expand);
    return shaped;
  });
  return ok(collection(context, value));
}

/** `filterByCurrentUser(on='principal')`: the caller's own eligibilities, no admin role needed. */
function listOwn(request: GraphRequest, kind: Kind): GraphResult {
  const args = parseFunctionArguments(decodePathKey(request.params.args));
  enumArgument(args, 'on', ['principal', 'unknownFutureValue'] as const, 'principal');
  return listEligibility(request, kind, true);
}

const ROOT = '^/roleManagement/directory';
const FILTER_BY_CURRENT_USER = '/filterByCurrentUser\\((?<args>[^)]*)\\)$';

export const pimRoutes: GraphRoute[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${ROOT}/roleEligibilitySchedules$`),
    handler: (r) => listEligibility(r, 'schedules', false),
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ROOT}/roleEligibilityScheduleInstances$`),
    handler: (r) => listEligibility(r, 'instances', false),
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ROOT}/roleEligibilitySchedules${FILTER_BY_CURRENT_USER}`),
    handler: (r) => listOwn(r, 'schedules'),
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ROOT}/roleEligibilityScheduleInstances${FILTER_BY_CURRENT_USER}`),
    handler: (r) => listOwn(r, 'instances'),
  },
];
