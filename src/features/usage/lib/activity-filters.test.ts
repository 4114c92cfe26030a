import { describe, expect, it } from 'vitest';
import {
  activityFilterQuery,
  NO_ACTIVITY_FILTERS,
  readActivityFilters,
  writeActivityFilters,
} from './activity-filters.ts';

describe('activity filters', () => {
  it('builds the $filter Graph accepts, quoting names', () => {
    expect(activityFilterQuery(NO_ACTIVITY_FILTERS)).toBeUndefined();
    expect(
      activityFilterQuery({ feature: 'reset', outcome: 'failure', method: 'mobileSMS', user: "O'Brien" }),
    ).toBe(
      "feature eq 'reset' and isSuccess eq false and authMethod eq 'mobileSMS' and startswith(userDisplayName,'O''Brien')",
    );
    expect(activityFilterQuery({ ...NO_ACTIVITY_FILTERS, user: 'kim@contoso' })).toBe(
      "startswith(userPrincipalName,'kim@contoso')",
    );
  });

  it('round-trips through the URL, leaving defaults out and ignoring nonsense', () => {
    const filters = { feature: 'registration', outcome: 'success', method: 'email', user: 'ana' } as const;
    const params = writeActivityFilters(new URLSearchParams('period=D7'), filters);
    expect(params.toString()).toBe('period=D7&feature=registration&outcome=success&method=email&user=ana');
    expect(readActivityFilters(params)).toEqual(filters);
    expect(readActivityFilters(new URLSearchParams('feature=bogus&outcome=maybe'))).toEqual(
      NO_ACTIVITY_FILTERS,
    );
  });
});
