import type { SummaryScope } from '../../../lib/graph/query-keys.ts';

/**
 * The Overview's scope: Graph's includedUserTypes / includedUserRoles (docs/graph-notes.md §3.3), kept in
 * the URL as `?userTypes=member&userRoles=admin` so a scoped view is a shareable link.
 */
export const USER_TYPE_OPTIONS: { value: SummaryScope['userTypes']; label: string }[] = [
  { value: 'all', label: 'All users' },
  { value: 'member', label: 'Members' },
  { value: 'guest', label: 'Guests' },
];

export const USER_ROLE_OPTIONS: { value: SummaryScope['userRoles']; label: string }[] = [
  { value: 'all', label: 'All roles' },
  { value: 'privilegedAdmin', label: 'Privileged admins' },
  { value: 'admin', label: 'Admins' },
  { value: 'user', label: 'Non-admins' },
];

export const ALL_USERS: SummaryScope = { userTypes: 'all', userRoles: 'all' };

const pick = <T extends string>(options: { value: T }[], raw: string | null, fallback: T): T =>
  options.find((o) => o.value === raw)?.value ?? fallback;

/** Unknown values fall back to "all" rather than reaching Graph. */
export function scopeFromSearchParams(params: URLSearchParams): SummaryScope {
  return {
    userTypes: pick(USER_TYPE_OPTIONS, params.get('userTypes'), 'all'),
    userRoles: pick(USER_ROLE_OPTIONS, params.get('userRoles'), 'all'),
  };
}

/** "all" is the default, so it stays out of the URL. */
export function scopeToSearchParams(scope: SummaryScope): URLSearchParams {
  const params = new URLSearchParams();
  if (scope.userTypes !== 'all') params.set('userTypes', scope.userTypes);
  if (scope.userRoles !== 'all') params.set('userRoles', scope.userRoles);
  return params;
}

/**
 * The users list's filters for a scope, as far as the list can express them: it has user type and
 * admin yes/no, but no "privileged admin", so that scope narrows to admins and says so.
 */
export function scopeListParams(scope: SummaryScope): { params: URLSearchParams; exact: boolean } {
  const params = new URLSearchParams();
  if (scope.userTypes !== 'all') params.set('userType', scope.userTypes);
  if (scope.userRoles === 'admin' || scope.userRoles === 'privilegedAdmin') params.set('admin', 'true');
  if (scope.userRoles === 'user') params.set('admin', 'false');
  return { params, exact: scope.userRoles !== 'privilegedAdmin' };
}

/** `/registration?userType=member&admin=true&mfaCapable=false` */
export function usersListLink(scope: SummaryScope, extra: Record<string, string> = {}): string {
  const { params } = scopeListParams(scope);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const query = params.toString();
  return query ? `/registration?${query}` : '/registration';
}

export function scopeLabel(scope: SummaryScope): string {
  const type = USER_TYPE_OPTIONS.find((o) => o.value === scope.userTypes)?.label ?? scope.userTypes;
  const role = USER_ROLE_OPTIONS.find((o) => o.value === scope.userRoles)?.label ?? scope.userRoles;
  return `${type}, ${role.toLowerCase()}`;
}
