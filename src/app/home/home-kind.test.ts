import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import { REACH, REACHES_EVERYONE } from '../../domain/auth-methods/who-may-act.ts';
import { ACTING_ROLES, homeKind } from './home-kind.ts';

const roles = (...ids: string[]) => ids.map((templateId) => ({ templateId, name: templateId }));

describe('homeKind', () => {
  it('sends an operator who cannot read the reports to the helpdesk home', () => {
    expect(homeKind(roles(ROLE_TEMPLATE.authenticationAdministrator))).toBe('helpdesk');
    expect(homeKind(roles(ROLE_TEMPLATE.directoryReaders))).toBe('helpdesk');
    expect(homeKind([])).toBe('helpdesk');
  });

  it('sends a reader of the reports who acts on no one to the Overview', () => {
    expect(homeKind(roles(ROLE_TEMPLATE.securityReader, ROLE_TEMPLATE.reportsReader))).toBe('reports');
    expect(homeKind(roles(ROLE_TEMPLATE.globalReader))).toBe('reports');
  });

  it('knows an operator who does both', () => {
    expect(homeKind(roles(ROLE_TEMPLATE.globalAdministrator))).toBe('both');
    expect(homeKind(roles(ROLE_TEMPLATE.reportsReader, ROLE_TEMPLATE.helpdeskAdministrator))).toBe('both');
  });

  it('decides nothing while the roles are unknown', () => {
    expect(homeKind(undefined)).toBeUndefined();
  });
});

it('counts as acting exactly the roles the who-may-act tables give an action', () => {
  const tables = new Set([
    ...REACHES_EVERYONE,
    ...Object.keys(REACH.methods),
    ...Object.keys(REACH.resetPassword),
  ]);
  expect([...ACTING_ROLES].sort()).toEqual([...tables].sort());
});
