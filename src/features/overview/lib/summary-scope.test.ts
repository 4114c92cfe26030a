import { describe, expect, it } from 'vitest';
import { scopeListParams, scopeToSearchParams, usersListLink } from './scope-links.ts';
import { scopeFromSearchParams } from './summary-scope.ts';

describe('summary scope', () => {
  it('round-trips through the URL, leaving the defaults out', () => {
    const scope = scopeFromSearchParams(new URLSearchParams('userTypes=member&userRoles=admin'));
    expect(scope).toEqual({ userTypes: 'member', userRoles: 'admin' });
    expect(scopeToSearchParams(scope).toString()).toBe('userTypes=member&userRoles=admin');
    expect(scopeToSearchParams({ userTypes: 'all', userRoles: 'all' }).toString()).toBe('');
  });

  it('falls back to all for values Graph would not accept', () => {
    expect(scopeFromSearchParams(new URLSearchParams("userTypes=robot&userRoles=')"))).toEqual({
      userTypes: 'all',
      userRoles: 'all',
    });
  });

  it('maps the scope to the list filters it can express', () => {
    expect(usersListLink({ userTypes: 'guest', userRoles: 'user' }, { mfaCapable: 'false' })).toBe(
      '/registration?userType=guest&admin=false&mfaCapable=false',
    );
    expect(usersListLink({ userTypes: 'all', userRoles: 'all' })).toBe('/registration');
    expect(scopeListParams({ userTypes: 'all', userRoles: 'privilegedAdmin' })).toMatchObject({
      exact: false,
    });
    expect(scopeListParams({ userTypes: 'all', userRoles: 'privilegedAdmin' }).params.toString()).toBe(
      'admin=true',
    );
  });
});
