import { ODataQueryError } from './odata-query-error.ts';

const ODATA_TYPE = '@odata.type';

function qualifiedTypeName(typeName: string): string {
  return typeName.includes('.') ? typeName : `microsoft.graph.${typeName}`;
}

/**
 * Parses `$select` into the allowed spellings, in the order written, without duplicates.
 * Empty text or `*` selects every allowed property. `typeName` (e.g. 'userRegistrationDetails'
 * or 'microsoft.graph.userRegistrationDetails') only feeds the error message.
 */
export function parseSelect(text: string, allowed: readonly string[], typeName = 'entity'): string[] {
  if (text.trim() === '') return [...allowed];
  const byLowerName = new Map(allowed.map((name) => [name.toLowerCase(), name]));
  const selected = new Set<string>();
  let offset = 0;
  for (const rawItem of text.split(',')) {
    const item = rawItem.trim();
    const position = offset + (rawItem.length - rawItem.trimStart().length);
    offset += rawItem.length + 1;
    if (item === '') {
      throw new ODataQueryError(`Syntax error at position ${position} in '${text}'.`, 'BadRequest', position);
    }
    if (item === '*') return [...allowed];
    const property = byLowerName.get(item.toLowerCase());
    if (property === undefined) {
      throw new ODataQueryError(
        `Could not find a property named '${item}' on type '${qualifiedTypeName(typeName)}'.`,
      );
    }
    selected.add(property);
  }
  return [...selected];
}

/**
 * Projects a row onto the selected properties. `@odata.type` and `alwaysInclude` keys (e.g. 'id')
 * are kept when present; a selected property the row lacks comes back as null, as Graph does.
 * With `props` undefined (no $select) the row is returned as is.
 */
export function applySelect<T extends object>(
  row: T,
  props: readonly string[] | undefined,
  alwaysInclude: readonly string[] = [],
): Partial<T> {
  if (props === undefined) return row;
  const source = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (Object.hasOwn(source, ODATA_TYPE)) out[ODATA_TYPE] = source[ODATA_TYPE];
  for (const key of alwaysInclude) {
    if (Object.hasOwn(source, key)) out[key] = source[key];
  }
  for (const key of props) out[key] = Object.hasOwn(source, key) ? source[key] : null;
  return out as Partial<T>;
}
