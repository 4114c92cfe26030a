import type { RequestContext } from '../../http/request-context.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import type { QueryOptions } from '../query-options.ts';

/**
 * Directory "advanced queries" (docs/graph-notes.md §1, §5; concepts/aad-advanced-queries.md): the
 * request header `ConsistencyLevel: eventual`, plus `$count=true` for everything but `$search`.
 */
export function hasEventualConsistency(ctx: RequestContext): boolean {
  const header = ctx.req.headers.consistencylevel;
  const value = Array.isArray(header) ? header[0] : header;
  return value?.trim().toLowerCase() === 'eventual';
}

/** `$count=true|false`; anything else is a 400 as in OData. */
export function countRequested(options: QueryOptions): boolean {
  const value = options.$count;
  if (value === undefined) return false;
  const lower = value.toLowerCase();
  if (lower !== 'true' && lower !== 'false') {
    throw new GraphHttpError(
      400,
      'BadRequest',
      `Invalid value '${value}' for $count query option found. Valid values are 'true' and 'false'.`,
    );
  }
  return lower === 'true';
}

export function isAdvancedQuery(ctx: RequestContext, options: QueryOptions): boolean {
  return hasEventualConsistency(ctx) && countRequested(options);
}

export const searchNeedsHeader = () =>
  new GraphHttpError(
    400,
    'Request_UnsupportedQuery',
    "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
  );

/** The aad-advanced-queries.md sample message, for ne / not / endsWith without the parameters. */
export const operatorNeedsAdvancedQuery = (operator: string) =>
  new GraphHttpError(
    400,
    'Request_UnsupportedQuery',
    `Operator '${operator}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
  );

/** $filter together with $orderby without the parameters (seen in docs issues #3145, #4187). */
export const sortingNeedsAdvancedQuery = () =>
  new GraphHttpError(400, 'Request_UnsupportedQuery', 'Sorting not supported for current query.');

export const countSegmentNeedsHeader = () =>
  new GraphHttpError(400, 'Request_BadRequest', '$count is not currently supported.');
