import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import { tierOfRole, tierOfRoles } from './admin-tiers.ts';

describe('admin tiers', () => {
  it('puts Global Administrator first, the privileged roles next, every other role last', () => {
    expect(tierOfRole(ROLE_TEMPLATE.globalAdministrator)).toBe('globalAdmin');
    expect(tierOfRole(ROLE_TEMPLATE.privilegedRoleAdministrator)).toBe('privileged');
    expect(tierOfRole(ROLE_TEMPLATE.privilegedAuthenticationAdministrator)).toBe('privileged');
    expect(tierOfRole(ROLE_TEMPLATE.securityAdministrator)).toBe('privileged');
    expect(tierOfRole(ROLE_TEMPLATE.authenticationAdministrator)).toBe('privileged');
    expect(tierOfRole(ROLE_TEMPLATE.securityReader)).toBe('otherAdmin');
    expect(tierOfRole(ROLE_TEMPLATE.globalReader)).toBe('otherAdmin');
  });

  it('treats a custom, unknown or unreadable role as some admin role, never as privileged', () => {
    expect(tierOfRole('00000000-1111-2222-3333-444444444444')).toBe('otherAdmin');
    expect(tierOfRole(null)).toBe('otherAdmin');
    expect(tierOfRole(undefined)).toBe('otherAdmin');
  });

  it('places a holder of several roles by the highest', () => {
    expect(tierOfRoles([ROLE_TEMPLATE.reportsReader, ROLE_TEMPLATE.globalAdministrator])).toBe('globalAdmin');
    expect(tierOfRoles([ROLE_TEMPLATE.reportsReader, ROLE_TEMPLATE.userAdministrator])).toBe('privileged');
    expect(tierOfRoles([])).toBe('otherAdmin');
  });
});
