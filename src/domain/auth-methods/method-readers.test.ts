import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';
import { methodReadReach } from './method-readers.ts';

const wide = (...ids: string[]) => ids.map((templateId) => ({ templateId, name: templateId }));
const none = { known: true as const, unitRoles: [], customRoles: [] };

describe('methodReadReach', () => {
  it('reads everyone as Global Reader, Authentication or Privileged Authentication Administrator', () => {
    for (const id of [ROLE_TEMPLATE.globalReader, ROLE_TEMPLATE.authenticationAdministrator])
      expect(methodReadReach({ directoryWide: wide(id), assignments: none })).toBe('everyone');
  });

  it('reads no one as a Security Reader and Reports Reader', () => {
    expect(
      methodReadReach({
        directoryWide: wide(ROLE_TEMPLATE.securityReader, ROLE_TEMPLATE.reportsReader),
        assignments: none,
      }),
    ).toBe('none');
  });

  it('reads some users with a unit-scoped role; cannot tell when the assignments could not be read', () => {
    expect(
      methodReadReach({
        directoryWide: wide(ROLE_TEMPLATE.directoryReaders),
        assignments: {
          known: true,
          unitRoles: [
            {
              templateId: ROLE_TEMPLATE.authenticationAdministrator,
              name: 'x',
              unitId: 'u',
              unitName: 'Sales',
            },
          ],
          customRoles: [],
        },
      }),
    ).toBe('some');
    expect(methodReadReach({ directoryWide: [], assignments: { known: false, reason: '403' } })).toBe(
      'unseen',
    );
  });

  it('is unknown while the roles are', () => {
    expect(methodReadReach({ directoryWide: undefined, assignments: undefined })).toBeUndefined();
  });
});
