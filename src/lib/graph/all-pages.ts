import { graphGet, type GraphRequestOptions } from './graph-client.ts';

/** One page of a Graph collection. */
export interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

type GetOptions = Omit<GraphRequestOptions, 'method' | 'body'>;

/**
 * Reads a collection to its end, following Graph's nextLinks verbatim (docs/graph-notes.md §6: a nextLink is
 * opaque and is requested as given). `onPage` sees each page's rows as they come, for progress or to
 * aggregate without keeping them.
 */
export async function forEachPage<T>(
  first: string,
  options: GetOptions,
  onPage: (rows: T[]) => void,
): Promise<void> {
  let next: string | undefined = first;
  while (next) {
    const page: GraphPage<T> = await graphGet<GraphPage<T>>(next, options);
    onPage(page.value);
    next = page['@odata.nextLink'];
  }
}

/** Every row of a collection, in Graph's order. */
export async function allPages<T>(first: string, options: GetOptions): Promise<T[]> {
  const rows: T[] = [];
  await forEachPage<T>(first, options, (page) => rows.push(...page));
  return rows;
}
