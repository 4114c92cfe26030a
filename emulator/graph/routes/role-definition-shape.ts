import type { Delegation } from '../../tenant/delegation.ts';
import { ROLE_DESCRIPTIONS } from '../../tenant/role-descriptions.ts';
import { ROLE, ROLE_NAMES, type RoleTemplateId } from '../../tenant/roles.ts';
import { applySelect, ODataQueryError, parseSelect } from '../odata/index.ts';

const ROLE_DEFINITION_PROPERTIES = [
  'id',
  'description',
  'displayName',
  'isBuiltIn',
  'isEnabled',
  'resourceScopes',
  'rolePermissions',
  'templateId',
  'version',
] as const;

/**
 * The credential actions of the built-in roles the tenant uses (entra-docs permissions-reference.md and its
 * includes). Only these are listed: the emulator models no other action.
 */
const METHOD_ACTIONS = [
  'microsoft.directory/users/authenticationMethods/create',
  'microsoft.directory/users/authenticationMethods/delete',
  'microsoft.directory/users/authenticationMethods/standard/restrictedRead',
  'microsoft.directory/users/authenticationMethods/basic/update',
];
const PASSWORD_ACTIONS = [
  'microsoft.directory/users/invalidateAllRefreshTokens',
  'microsoft.directory/users/password/update',
];
const BUILT_IN_ACTIONS: Partial<Record<string, string[]>> = {
  [ROLE.authenticationAdministrator]: [...METHOD_ACTIONS, ...PASSWORD_ACTIONS],
  [ROLE.privilegedAuthenticationAdministrator]: [...METHOD_ACTIONS, ...PASSWORD_ACTIONS],
  [ROLE.globalAdministrator]: ['microsoft.directory/users/allProperties/allTasks'],
  [ROLE.helpdeskAdministrator]: PASSWORD_ACTIONS,
  [ROLE.userAdministrator]: PASSWORD_ACTIONS,
  [ROLE.passwordAdministrator]: ['microsoft.directory/users/password/update'],
};

/** A unifiedRoleDefinition: a built-in one (id and templateId are the §11.1 template id) or a custom one. */
export function roleDefinitionResource(id: string, delegation?: Delegation): Record<string, unknown> {
  const custom = delegation?.customRoles.find((r) => r.id === id);
  if (custom)
    return {
      id,
      description: custom.description,
      displayName: custom.displayName,
      isBuiltIn: false,
      isEnabled: true,
      resourceScopes: ['/'],
      rolePermissions: [{ allowedResourceActions: [...custom.allowedResourceActions], condition: null }],
      templateId: id,
      version: null,
    };
  const templateId = id;
  return {
    id: templateId,
    description: ROLE_DESCRIPTIONS[templateId as RoleTemplateId] ?? null,
    displayName: ROLE_NAMES[templateId as RoleTemplateId] ?? null,
    isBuiltIn: true,
    isEnabled: true,
    resourceScopes: ['/'],
    rolePermissions: [{ allowedResourceActions: BUILT_IN_ACTIONS[templateId] ?? [], condition: null }],
    templateId,
    version: '1',
  };
}

export interface RoleDefinitionExpand {
  /** Undefined: every property of the expanded definition. */
  select: string[] | undefined;
}

/**
 * `$expand=roleDefinition` or `roleDefinition($select=…)`; other navigations are not modelled and
 * are refused as unknown. Returns undefined when nothing is expanded.
 */
export function parseRoleDefinitionExpand(
  text: string | undefined,
  typeName: string,
): RoleDefinitionExpand | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const match = /^\s*roleDefinition\s*(?:\(\s*\$select\s*=\s*([^)]*)\))?\s*$/i.exec(text);
  if (!match) {
    const name = text.split(/[(,]/)[0]?.trim() ?? text;
    throw new ODataQueryError(
      `Could not find a property named '${name}' on type 'microsoft.graph.${typeName}'.`,
    );
  }
  const select =
    match[1] === undefined
      ? undefined
      : parseSelect(match[1], ROLE_DEFINITION_PROPERTIES, 'unifiedRoleDefinition');
  return { select };
}

export function expandedRoleDefinition(
  id: string,
  expand: RoleDefinitionExpand,
  delegation?: Delegation,
): Record<string, unknown> {
  return applySelect(roleDefinitionResource(id, delegation), expand.select, ['id']);
}
