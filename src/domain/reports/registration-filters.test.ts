import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filtersFromSearchParams,
  filtersToSearchParams,
  graphFilter,
  graphOrderBy,
  NO_FILTERS,
  odataString,
  strengthFilter,
  type RegistrationFilters,
} from './registration-filters.ts';

const params = (s: string) => new URLSearchParams(s);

describe('registration filters', () => {
  it('sends no $filter when nothing is set', () => {
    expect(graphFilter(NO_FILTERS)).toBeUndefined();
    expect(graphFilter(filtersFromSearchParams(params('')))).toBeUndefined();
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });

  it('doubles single quotes in OData literals', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataString("''")).toBe("''''''");
  });

  it('searches name or UPN with one startswith clause each, joined by or', () => {
    expect(graphFilter({ ...NO_FILTERS, search: "  O'Brien " })).toBe(
      "(startswith(userDisplayName,'O''Brien') or startswith(userPrincipalName,'O''Brien'))",
    );
  });

  it('joins every clause with and, in a stable order', () => {
    const filters = filtersFromSearchParams(
      params('method=mobilePhone&mfaCapable=true&admin=false&userType=guest&ssprEnabled=false&q=al'),
    );
    expect(graphFilter(filters)).toBe(
      "(startswith(userDisplayName,'al') or startswith(userPrincipalName,'al')) and userType eq 'guest' and isAdmin eq false and isMfaCapable eq true and isSsprEnabled eq false and methodsRegistered/any(x:x eq 'mobilePhone')",
    );
    expect(activeFilterCount(filters)).toBe(6);
  });

  it('maps the system-preferred filter to its long property name', () => {
    expect(graphFilter({ ...NO_FILTERS, features: { systemPreferred: true } })).toBe(
      'isSystemPreferredAuthenticationMethodEnabled eq true',
    );
  });

  it('escapes a method string from the URL rather than trusting it', () => {
    expect(graphFilter(filtersFromSearchParams(params("method=x')%20or%20true%20or%20('")))).toBe(
      "methodsRegistered/any(x:x eq 'x'') or true or (''')",
    );
  });

  it('ignores values it does not know', () => {
    const filters = filtersFromSearchParams(
      params('admin=maybe&userType=robot&mfaCapable=1&sort=lastUpdatedDateTime&unknown=1'),
    );
    expect(filters).toEqual({ ...NO_FILTERS, method: undefined, userType: undefined, admin: undefined });
    expect(graphFilter(filters)).toBeUndefined();
  });

  it('round-trips through the URL', () => {
    const filters: RegistrationFilters = {
      search: "O'Brien",
      userType: 'member',
      admin: true,
      features: { mfaCapable: false, passwordlessCapable: true },
      method: 'passKeyDeviceBound',
      sort: { field: 'userPrincipalName', direction: 'desc' },
    };
    const url = filtersToSearchParams(filters).toString();
    expect(url).toBe(
      'q=O%27Brien&userType=member&admin=true&mfaCapable=false&passwordlessCapable=true&method=passKeyDeviceBound&sort=userPrincipalName&dir=desc',
    );
    expect(filtersFromSearchParams(params(url))).toEqual(filters);
  });

  it('leaves empty values out of the URL', () => {
    expect(filtersToSearchParams({ ...NO_FILTERS, search: '   ' }).toString()).toBe('');
  });

  it('orders by name or UPN, ascending unless told otherwise', () => {
    expect(graphOrderBy(undefined)).toBeUndefined();
    expect(graphOrderBy({ field: 'userDisplayName', direction: 'asc' })).toBe('userDisplayName');
    expect(graphOrderBy({ field: 'userPrincipalName', direction: 'desc' })).toBe('userPrincipalName desc');
    expect(filtersFromSearchParams(params('sort=userDisplayName')).sort).toEqual({
      field: 'userDisplayName',
      direction: 'asc',
    });
  });
  it('reads the strength group from the URL and ignores unknown ones', () => {
    expect(filtersFromSearchParams(params('strength=weakOnly')).strength).toBe('weakOnly');
    expect(filtersFromSearchParams(params('strength=superStrong')).strength).toBeUndefined();
    const filters: RegistrationFilters = { ...NO_FILTERS, admin: true, strength: 'strong' };
    expect(filtersToSearchParams(filters).toString()).toBe('admin=true&strength=strong');
    expect(activeFilterCount(filters)).toBe(2);
  });

  it('turns a strength group into any/not-any lambdas over methodsRegistered', () => {
    const pr = strengthFilter('phishingResistant');
    expect(pr.startsWith("methodsRegistered/any(x: x eq 'passKeyDeviceBound' or ")).toBe(true);
    expect(pr).toContain("x eq 'windowsHellowForBusiness'");
    expect(pr).not.toContain('not ');
    const strong = strengthFilter('strong');
    expect(strong).toMatch(
      /^\(methodsRegistered\/any\(x: x eq 'microsoftAuthenticatorPush'.* and not methodsRegistered\/any\(x: x eq 'passKeyDeviceBound'.*\)\)$/,
    );
    const weak = strengthFilter('weakOnly');
    expect(weak).toMatch(/^\(methodsRegistered\/any\(x: x eq 'mobilePhone'/);
    expect(weak).toContain("and not methodsRegistered/any(x: x eq 'passKeyDeviceBound'");
    expect(weak).toContain("x eq 'softwareOneTimePasscode'");
    const none = strengthFilter('none');
    expect(none).toMatch(/^not methodsRegistered\/any\(/);
    expect(none).toContain("x eq 'securityQuestion'");
    // The password and TAP never count, so they never appear in a group's filter.
    for (const f of [pr, strong, weak, none]) expect(f).not.toMatch(/'password'|'temporaryAccessPass'/);
    expect(graphFilter({ ...NO_FILTERS, admin: true, strength: 'none' })).toBe(`isAdmin eq true and ${none}`);
  });
});
