import type { TenantUser } from '../../tenant/model.ts';
import { insufficientPrivileges } from '../graph-http-error.ts';
import type { GraphRequest } from '../graph-route.ts';
import { ODataQueryError, parseFilter, parseOrderBy, sortRows, UNSUPPORTED_QUERY } from '../odata/index.ts';
import type { OrderBy } from '../odata/index.ts';
import type { QueryOptions } from '../query-options.ts';
import { compileUserSearch, type EntryPredicate } from '../search/user-search.ts';
import {
  searchColumn,
  sortedView,
  type SortableProperty,
  type SortedView,
  type UserSearchEntry,
} from '../search/user-search-index.ts';
import {
  hasEventualConsistency,
  isAdvancedQuery,
  operatorNeedsAdvancedQuery,
  searchNeedsHeader,
  sortingNeedsAdvancedQuery,
} from './advanced-query.ts';
import { canReadFullProfile } from './users-access.ts';
import { BASIC_PROFILE_PROPERTIES } from './user-shape.ts';
import { checkFilterProperties, compileUserFilter, filterFeatures } from './users-filter.ts';
import { compileFastUserFilter, type UserRowPredicate } from './users-filter-fast.ts';

const USER_ORDERBY = ['displayName', 'userPrincipalName'] as const;

function parseUserOrderBy(text: string): OrderBy[] {
  try {
    return parseOrderBy(text, USER_ORDERBY);
  } catch (error) {
    const property = /^Unsupported sort property '(.+)'\.$/.exec(
      error instanceof Error ? error.message : '',
    )?.[1];
    if (property === undefined) throw error;
    // Graph's wording (docs-contrib issue #1354).
    throw new ODataQueryError(`Unsupported sort property '${property}' for 'User'.`, UNSUPPORTED_QUERY);
  }
}

/** $filter: validated by compileFilter, evaluated on the search index where the shape allows. */
function compileFilterOption(
  request: GraphRequest,
  options: QueryOptions,
  advanced: boolean,
): UserRowPredicate | undefined {
  if (options.$filter === undefined) return undefined;
  const node = parseFilter(options.$filter);
  const features = filterFeatures(node);
  checkFilterProperties(features.properties);
  const [operator] = features.advancedOperators;
  if (operator !== undefined && !advanced) throw operatorNeedsAdvancedQuery(operator);
  // Filtering on what the token may not read would leak it (guessed: Graph's answer is unconfirmed).
  const restricted = [...features.properties].some((p) => !BASIC_PROFILE_PROPERTIES.has(p));
  if (restricted && !canReadFullProfile(request.caller)) throw insufficientPrivileges();
  const generic = compileUserFilter(node);
  return compileFastUserFilter(node) ?? ((user) => generic(user));
}

function scan(
  view: SortedView,
  filter: UserRowPredicate | undefined,
  search: EntryPredicate | undefined,
): TenantUser[] {
  const matches: TenantUser[] = [];
  const { entries, users } = view;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as UserSearchEntry;
    const user = users[i] as TenantUser;
    if (filter !== undefined && !filter(user, entry)) continue;
    if (search !== undefined && !search(entry)) continue;
    matches.push(user);
  }
  return matches;
}

/**
 * $filter, $search and $orderby of GET /users and /users/$count, with the advanced-query rules
 * (docs/graph-notes.md §5): validates everything before touching a row, then returns the matches.
 */
export function matchingUsers(request: GraphRequest, options: QueryOptions): readonly TenantUser[] {
  const { ctx, state } = request;
  if (options.$search !== undefined && !hasEventualConsistency(ctx)) throw searchNeedsHeader();
  const advanced = isAdvancedQuery(ctx, options);
  const filter = compileFilterOption(request, options, advanced);
  const orderBy = options.$orderby !== undefined ? parseUserOrderBy(options.$orderby) : [];
  if (orderBy.length > 0 && options.$filter !== undefined && !advanced) throw sortingNeedsAdvancedQuery();
  const search = options.$search !== undefined ? compileUserSearch(options.$search) : undefined;

  const { users } = state.tenant;
  const [single] = orderBy;
  if (filter === undefined && search === undefined && orderBy.length === 0) return users;
  const column = searchColumn(users);
  // One sort key (the usual case) scans the column's cached sorted view; more keys sort the matches.
  const view =
    single !== undefined && orderBy.length === 1
      ? sortedView(column, single.property as SortableProperty, single.descending)
      : column;
  const matches = filter === undefined && search === undefined ? view.users : scan(view, filter, search);
  return orderBy.length > 1 ? sortRows(matches, orderBy) : matches;
}
