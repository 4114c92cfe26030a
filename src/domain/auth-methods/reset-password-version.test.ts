import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import { resetPasswordVersion } from './reset-password-version.ts';

const known = { known: true as const, unitRoles: [], customRoles: [] };
const operator = (templateId: string) => ({ directoryWide: [{ templateId, name: 'r' }], assignments: known });
const member = { roles: [], units: [], protectingGroups: [] };
const helpdeskAdmin = {
  roles: [{ templateId: ROLE_TEMPLATE.helpdeskAdministrator, name: 'Helpdesk Administrator' }],
  units: [],
  protectingGroups: [],
};

// v1.0 authenticationmethod-resetpassword.md names the Authentication and Privileged Authentication
// Administrators; the beta page adds Helpdesk, Password and User Administrators.
describe('resetPasswordVersion', () => {
  it('uses v1.0 where a role v1.0 names reaches the user', () => {
    expect(resetPasswordVersion(operator(ROLE_TEMPLATE.authenticationAdministrator), member)).toBe('v1.0');
    expect(
      resetPasswordVersion(operator(ROLE_TEMPLATE.privilegedAuthenticationAdministrator), helpdeskAdmin),
    ).toBe('v1.0');
  });
  it('keeps beta for the roles only beta names, and where the app cannot tell', () => {
    expect(resetPasswordVersion(operator(ROLE_TEMPLATE.helpdeskAdministrator), helpdeskAdmin)).toBe('beta');
    expect(resetPasswordVersion(operator(ROLE_TEMPLATE.authenticationAdministrator), helpdeskAdmin)).toBe(
      'beta',
    );
    expect(resetPasswordVersion(undefined, member)).toBe('beta');
    expect(resetPasswordVersion(operator(ROLE_TEMPLATE.authenticationAdministrator), undefined)).toBe('beta');
  });
});
