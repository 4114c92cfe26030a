import { ROLE_DESCRIPTIONS } from '../../tenant/role-descriptions.ts';
import { ROLE_NAMES, type RoleTemplateId } from '../../tenant/roles.ts';
import { applySelect, ODataQueryError, parseSelect } from '../odata/index.ts';

const ROLE_DEFINITION_PROPERTIES = [
  'id',
  'description',
  'displayName',
  'isBuiltIn',
  'isEnabled',
  'resourceScopes',
  'templateId',
  'version',
] as const;

/** A built-in unifiedRoleDefinition: id and templateId are the §11.1 template id. */
export function roleDefinitionResource(templateId: string): Record<string, unknown> {
  return {
    id: templateId,
    description: ROLE_DESCRIPTIONS[templateId as RoleTemplateId] ?? null,
    displayName: ROLE_NAMES[templateId as RoleTemplateId] ?? null,
    isBuiltIn: true,
    isEnabled: true,
    resourceScopes: ['/'],
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
  templateId: string,
  expand: RoleDefinitionExpand,
): Record<string, unknown> {
  return applySelect(roleDefinitionResource(templateId), expand.select, ['id']);
}
