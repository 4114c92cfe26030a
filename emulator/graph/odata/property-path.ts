/** Reads a (possibly nested) property; anything that is not an object along the way reads as undefined. */
export type PathGetter = (row: object) => unknown;

export function compilePathGetter(path: readonly string[]): PathGetter {
  const [first, ...rest] = path;
  if (first === undefined) throw new Error('compilePathGetter: empty path');
  // The flat case is the hot one: keep it a single property read.
  if (rest.length === 0) return (row) => (row as Record<string, unknown>)[first];
  return (row) => {
    let current: unknown = row;
    for (const segment of path) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
    return current;
  };
}
