import type { SummaryScope } from '../../../lib/graph/query-keys.ts';

/**
 * The Overview's scope: Graph's includedUserTypes / includedUserRoles (docs/graph-notes.md §3.3), kept in
 * the URL as `?userTypes=member&userRoles=admin` so a scoped view is a shareable link. Only the values live
 * here: the shell reads a scope from the URL to prefetch the Overview; the labels are the page's
 * (scope-links.ts).
 */
const USER_TYPES: readonly SummaryScope['userTypes'][] = ['all', 'member', 'guest'];
const USER_ROLES: readonly SummaryScope['userRoles'][] = ['all', 'privilegedAdmin', 'admin', 'user'];

export const ALL_USERS: SummaryScope = { userTypes: 'all', userRoles: 'all' };

const pick = <T extends string>(values: readonly T[], raw: string | null): T =>
  values.find((value) => value === raw) ?? values[0]!;

/** Unknown values fall back to "all" rather than reaching Graph. */
export function scopeFromSearchParams(params: URLSearchParams): SummaryScope {
  return {
    userTypes: pick(USER_TYPES, params.get('userTypes')),
    userRoles: pick(USER_ROLES, params.get('userRoles')),
  };
}
