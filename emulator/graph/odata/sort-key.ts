/**
 * Normalised sort keys: strings lower-cased (case-insensitive, no localeCompare), dates and
 * booleans as numbers, anything else as null. Nulls sort first.
 */
export type SortKey = string | number | null;

export function toSortKey(value: unknown): SortKey {
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  return null;
}

export function compareSortKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  // Mixed column types should not happen; order numbers before strings to stay total.
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
