import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE } from '../session/role-names.ts';
import { accessFor } from './operator-access.ts';

const role = (templateId: string, name = 'r') => ({ templateId, name });
const authAdmin = [role(ROLE_TEMPLATE.authenticationAdministrator, 'Authentication Administrator')];
const privileged = [role(ROLE_TEMPLATE.privilegedAuthenticationAdministrator)];
const helpdeskTarget = [role(ROLE_TEMPLATE.helpdeskAdministrator, 'Helpdesk Administrator')];
const limitedTarget = [role(ROLE_TEMPLATE.reportsReader, 'Reports Reader')];

describe('accessFor', () => {
  it('Authentication Administrator: non-admins and limited admins yes, other admins no', () => {
    expect(accessFor(authAdmin, [], 'methods')).toEqual({ allowed: true });
    expect(accessFor(authAdmin, limitedTarget, 'methods')).toEqual({ allowed: true });
    const denied = accessFor(authAdmin, helpdeskTarget, 'methods');
    expect(denied.allowed).toBe(false);
    expect(!denied.allowed && denied.reason).toMatch(
      /Helpdesk Administrator.*Privileged Authentication Administrator/,
    );
  });

  it('Privileged Authentication Administrator and Global Administrator: everyone', () => {
    expect(accessFor(privileged, helpdeskTarget, 'methods')).toEqual({ allowed: true });
    expect(accessFor([role(ROLE_TEMPLATE.globalAdministrator)], helpdeskTarget, 'resetPassword')).toEqual({
      allowed: true,
    });
  });

  it('readers and no-role operators: nobody, with the role that can', () => {
    const reader = accessFor([role(ROLE_TEMPLATE.globalReader, 'Global Reader')], [], 'methods');
    expect(!reader.allowed && reader.reason).toMatch(/Global Reader.*Authentication Administrator/);
    const none = accessFor([], [], 'methods');
    expect(!none.allowed && none.reason).toMatch(/no admin role/);
  });

  // privileged-roles-permissions.md, "Who can reset passwords": the Helpdesk Administrator column ticks the
  // Helpdesk Admin row; the Password Administrator column does not tick the Auth Admin row.
  it("password helpers reset passwords within their column of Entra's table, and manage no methods", () => {
    const helper = [role(ROLE_TEMPLATE.helpdeskAdministrator, 'Helpdesk Administrator')];
    expect(accessFor(helper, [], 'resetPassword')).toEqual({ allowed: true });
    expect(accessFor(helper, [], 'methods').allowed).toBe(false);
    expect(accessFor(helper, helpdeskTarget, 'resetPassword')).toEqual({ allowed: true });
    const passwordAdmin = [role(ROLE_TEMPLATE.passwordAdministrator, 'Password Administrator')];
    const authAdminTarget = [role(ROLE_TEMPLATE.authenticationAdministrator, 'Authentication Administrator')];
    const refused = accessFor(passwordAdmin, authAdminTarget, 'resetPassword');
    expect(!refused.allowed && refused.reason).toBe(
      'This user holds admin roles (Authentication Administrator). Entra lets an Authentication Administrator, Privileged Authentication Administrator or Global Administrator reset their password, not a Password Administrator.',
    );
  });

  it('unknown roles leave the decision to Graph', () => {
    expect(accessFor(undefined, helpdeskTarget, 'methods')).toEqual({ allowed: true });
    expect(accessFor(authAdmin, undefined, 'methods')).toEqual({ allowed: true });
  });
});
