import { afterEach, describe, expect, it } from 'vitest';
import { GraphError } from '../../lib/graph/graph-error.ts';
import {
  browserFilter,
  filterLogicRefused,
  forgetFilterLogicRefusal,
  isFilterLogicRefusal,
  needsFilterLogic,
  serverFilters,
  uniqueRows,
} from './registration-filter-fallback.ts';
import { graphFilter, NO_FILTERS } from './registration-filters.ts';

const refusal = new GraphError({
  status: 400,
  code: 'BadRequest',
  message: "the 'or' operator is not supported",
});

describe('the registration filter where Graph refuses or / not', () => {
  afterEach(forgetFilterLogicRefusal);

  it('keeps for Graph only what its reference documents', () => {
    const filters = { ...NO_FILTERS, search: 'ad', userType: 'member' as const, strength: 'strong' as const };
    expect(graphFilter(filters)).toMatch(/ or .*not /);
    // One read per side of the search, each narrowed by what Graph documents: a search reads its matches only.
    expect(serverFilters(filters)).toEqual([
      "startswith(userDisplayName,'ad') and userType eq 'member'",
      "startswith(userPrincipalName,'ad') and userType eq 'member'",
    ]);
    expect(serverFilters({ ...NO_FILTERS, strength: 'none' })).toEqual([undefined]);
    expect(
      uniqueRows([
        [{ id: 'a' }, { id: 'b' }],
        [{ id: 'b' }, { id: 'c' }],
      ]).map((r) => r.id),
    ).toEqual(['a', 'b', 'c']);
    expect(needsFilterLogic(filters)).toBe(true);
    expect(needsFilterLogic({ ...NO_FILTERS, method: 'email' })).toBe(false);
  });

  it('applies the search (any case, name or UPN) and the strength class as Graph would', () => {
    const keep = browserFilter({ ...NO_FILTERS, search: 'AD', strength: 'phishingResistant' });
    expect(keep({ userDisplayName: 'Adele Vance', methodsRegistered: ['passKeyDeviceBound'] })).toBe(true);
    expect(
      keep({ userPrincipalName: 'adelev@contoso.com', methodsRegistered: ['passKeyDeviceBound', 'email'] }),
    ).toBe(true);
    expect(keep({ userDisplayName: 'Adele Vance', methodsRegistered: ['mobilePhone'] })).toBe(false);
    expect(keep({ userDisplayName: 'Megan Bowen', methodsRegistered: ['passKeyDeviceBound'] })).toBe(false);
    expect(browserFilter({ ...NO_FILTERS, strength: 'none' })({ methodsRegistered: ['password'] })).toBe(
      true,
    );
  });

  it('takes a 400 for a filter with or / not as the refusal, and remembers it for the session', () => {
    expect(isFilterLogicRefusal(refusal, { ...NO_FILTERS, method: 'email' })).toBe(false);
    expect(filterLogicRefused()).toBe(false);
    expect(isFilterLogicRefusal(refusal, { ...NO_FILTERS, search: 'a' })).toBe(true);
    expect(filterLogicRefused()).toBe(true);
    expect(
      isFilterLogicRefusal(new GraphError({ status: 403, code: 'x', message: 'x' }), {
        ...NO_FILTERS,
        search: 'a',
      }),
    ).toBe(false);
  });
});
