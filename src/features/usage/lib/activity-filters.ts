/** The activity table's filters: what the URL holds and the `$filter` Graph is sent. */
export interface ActivityFilters {
  feature: 'all' | 'registration' | 'reset';
  outcome: 'all' | 'success' | 'failure';
  method: string;
  /** Start of a user principal name or display name. */
  user: string;
}

export const NO_ACTIVITY_FILTERS: ActivityFilters = {
  feature: 'all',
  outcome: 'all',
  method: 'all',
  user: '',
};

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Only what these reports can filter on (docs/graph-notes.md §3.7, §3.10): feature, outcome, method, and a
 * starts-with on the user; dates are not filterable, so periods are applied to the rows returned.
 */
export function activityFilterQuery(filters: ActivityFilters): string | undefined {
  const clauses: string[] = [];
  if (filters.feature !== 'all') clauses.push(`feature eq ${quote(filters.feature)}`);
  if (filters.outcome !== 'all') clauses.push(`isSuccess eq ${filters.outcome === 'success'}`);
  if (filters.method !== 'all') clauses.push(`authMethod eq ${quote(filters.method)}`);
  const user = filters.user.trim();
  if (user)
    clauses.push(
      user.includes('@')
        ? `startswith(userPrincipalName,${quote(user)})`
        : `startswith(userDisplayName,${quote(user)})`,
    );
  return clauses.length ? clauses.join(' and ') : undefined;
}

export function readActivityFilters(params: URLSearchParams): ActivityFilters {
  const feature = params.get('feature');
  const outcome = params.get('outcome');
  return {
    feature: feature === 'registration' || feature === 'reset' ? feature : 'all',
    outcome: outcome === 'success' || outcome === 'failure' ? outcome : 'all',
    method: params.get('method') || 'all',
    user: params.get('user') ?? '',
  };
}

export function writeActivityFilters(params: URLSearchParams, filters: ActivityFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(filters)) {
    if (value === NO_ACTIVITY_FILTERS[key as keyof ActivityFilters]) next.delete(key);
    else next.set(key, value);
  }
  return next;
}
