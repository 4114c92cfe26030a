import { GraphHttpError, unsupportedQueryOption } from './graph-http-error.ts';

const KNOWN = [
  '$filter',
  '$orderby',
  '$top',
  '$skip',
  '$select',
  '$expand',
  '$count',
  '$search',
  '$skiptoken',
  '$format',
] as const;
export type QueryOptionName = (typeof KNOWN)[number];

const NAMES: Record<QueryOptionName, string> = {
  $filter: 'Filter',
  $orderby: 'OrderBy',
  $top: 'Top',
  $skip: 'Skip',
  $select: 'Select',
  $expand: 'Expand',
  $count: 'Count',
  $search: 'Search',
  $skiptoken: 'SkipToken',
  $format: 'Format',
};

export type QueryOptions = Partial<Record<QueryOptionName, string>>;

/** Reads the OData system options, refusing unknown ones and those this endpoint does not support. */
export function readQueryOptions(url: URL, allowed: readonly QueryOptionName[]): QueryOptions {
  const options: QueryOptions = {};
  for (const [rawName, value] of url.searchParams) {
    // Graph accepts the options with or without the `$` prefix and in any case.
    const name = (rawName.startsWith('$') ? rawName : `$${rawName}`).toLowerCase() as QueryOptionName;
    if (!(KNOWN as readonly string[]).includes(name)) {
      if (rawName.startsWith('$'))
        throw new GraphHttpError(400, 'BadRequest', `Unrecognized query argument specified: '${rawName}'.`);
      continue;
    }
    if (!allowed.includes(name)) throw unsupportedQueryOption(NAMES[name]);
    options[name] = value;
  }
  return options;
}

export function readTop(value: string | undefined, defaultSize: number, max: number): number {
  if (value === undefined) return defaultSize;
  const top = Number(value);
  if (!Number.isInteger(top) || top < 0)
    throw new GraphHttpError(400, 'BadRequest', `Invalid value '${value}' for $top query option found.`);
  return Math.min(Math.max(top, 1), max);
}
