import { describe, expect, it } from 'vitest';
import {
  changeFiltersFrom,
  changeFiltersToParams,
  changesFilter,
  isSignInName,
  NO_CHANGE_FILTERS,
} from './change-filters.ts';

const ID = '0B1E6D3C-2F4A-4C8E-9A51-7D2F3E4B5C6D';

describe('changesFilter', () => {
  it('always asks for the Authentication Methods service only', () => {
    expect(changesFilter(NO_CHANGE_FILTERS)).toBe("loggedByService eq 'Authentication Methods'");
  });

  it('joins each filter as one documented clause', () => {
    const filter = changesFilter({
      activity: 'Admin deleted security info',
      initiator: 'meganb',
      target: ID,
      from: '2026-12-01',
      to: '2026-12-03',
      result: 'failure',
    });
    expect(filter).toContain("activityDisplayName eq 'Admin deleted security info'");
    expect(filter).toContain("startswith(initiatedBy/user/userPrincipalName,'meganb')");
    expect(filter).toContain(`targetResources/any(t:t/id eq '${ID.toLowerCase()}')`);
    expect(filter).toContain(`activityDateTime ge ${new Date(2026, 11, 1).toISOString()}`);
    // The last day is included, to its last millisecond.
    expect(filter).toContain(`activityDateTime le ${new Date(2026, 11, 4, 0, 0, 0, -1).toISOString()}`);
    expect(filter).toContain("result eq 'failure'");
    expect(filter.split(' and ')).toHaveLength(7);
  });

  it('filters a target by the start of its name, or by the id a sign-in name resolved to', () => {
    expect(changesFilter({ ...NO_CHANGE_FILTERS, target: 'Alex W' })).toContain(
      "targetResources/any(t:startswith(t/displayName,'Alex W'))",
    );
    expect(changesFilter({ ...NO_CHANGE_FILTERS, target: 'alexw@contoso.com' }, 'abc')).toContain(
      "targetResources/any(t:t/id eq 'abc')",
    );
    expect(isSignInName('alexw@contoso.com')).toBe(true);
    expect(isSignInName(ID)).toBe(false);
  });

  it('keeps a typed quote inside its literal', () => {
    const filter = changesFilter({ ...NO_CHANGE_FILTERS, initiator: "o'brien') or (true" });
    expect(filter).toContain("startswith(initiatedBy/user/userPrincipalName,'o''brien'') or (true')");
  });
});

describe('changeFiltersFrom', () => {
  it('reads back what changeFiltersToParams wrote', () => {
    const filters = { ...NO_CHANGE_FILTERS, activity: 'User registered security info', from: '2026-11-30' };
    expect(changeFiltersFrom(changeFiltersToParams(filters))).toEqual(filters);
  });

  it('drops days that do not exist and results Graph does not have', () => {
    const read = changeFiltersFrom(new URLSearchParams('from=2026-02-30&to=yesterday&result=maybe'));
    expect(read).toEqual(NO_CHANGE_FILTERS);
  });
});
