import type { SummaryScope } from '../../../lib/graph/query-keys.ts';

// Apart from summary-scope.ts, which the shell loads to prefetch the Overview: these serve the page alone.

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
