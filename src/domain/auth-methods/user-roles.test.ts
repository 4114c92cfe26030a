import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import { adminRolesOf } from './user-roles.ts';

describe('adminRolesOf', () => {
  it('names roles from our table when Graph sends null names, and drops the implicit User role', () => {
    expect(
      adminRolesOf([
        { id: '1', displayName: null, roleTemplateId: ROLE_TEMPLATE.globalAdministrator },
        { id: '2', displayName: 'User', roleTemplateId: 'b79fbf4d-3ef9-4689-8143-76b194e85509' },
        { id: '3', displayName: 'Custom thing', roleTemplateId: 'aaaaaaaa-0000-0000-0000-000000000000' },
      ]),
    ).toEqual([
      { templateId: 'aaaaaaaa-0000-0000-0000-000000000000', name: 'Custom thing' },
      { templateId: ROLE_TEMPLATE.globalAdministrator, name: 'Global Administrator' },
    ]);
  });
});
