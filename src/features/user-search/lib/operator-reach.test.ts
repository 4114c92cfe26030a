import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE } from '../../../../entra-facts/role-templates.ts';
import { reachLines } from './operator-reach.ts';

const wide = (...ids: string[]) => ids.map((templateId) => ({ templateId, name: `name of ${templateId}` }));
const NO_ASSIGNMENTS = { known: true as const, unitRoles: [], customRoles: [] };

describe('reachLines', () => {
  it('says an Authentication Administrator manages methods and passwords of members and some limited admins', () => {
    const [line, ...rest] = reachLines({
      directoryWide: wide(ROLE_TEMPLATE.authenticationAdministrator),
      assignments: NO_ASSIGNMENTS,
    });
    expect(rest).toEqual([]);
    expect(line!.can).toBe('Manage methods and reset passwords');
    expect(line!.on).toMatch(/^users without admin roles, and admins whose only roles are among: /);
    expect(line!.on).toContain('Password Administrator');
    expect(line!.on).not.toContain('Helpdesk Administrator');
  });

  it('says a Helpdesk Administrator resets passwords only', () => {
    const [line] = reachLines({
      directoryWide: wide(ROLE_TEMPLATE.helpdeskAdministrator),
      assignments: NO_ASSIGNMENTS,
    });
    expect(line!.can).toBe('Reset passwords (not methods)');
    expect(line!.on).toContain('Helpdesk Administrator');
  });

  it('says a Privileged Authentication Administrator reaches everyone', () => {
    expect(
      reachLines({
        directoryWide: wide(ROLE_TEMPLATE.privilegedAuthenticationAdministrator),
        assignments: NO_ASSIGNMENTS,
      }),
    ).toEqual([
      {
        role: `name of ${ROLE_TEMPLATE.privilegedAuthenticationAdministrator}`,
        can: 'Manage methods and reset passwords',
        on: 'every user, admins included',
      },
    ]);
  });

  it('names the unit a scoped role covers, and leaves out roles that act on no one', () => {
    const lines = reachLines({
      directoryWide: wide(ROLE_TEMPLATE.directoryReaders, ROLE_TEMPLATE.securityReader),
      assignments: {
        known: true,
        unitRoles: [
          {
            templateId: ROLE_TEMPLATE.authenticationAdministrator,
            name: 'Authentication Administrator',
            unitId: 'u1',
            unitName: 'Sales',
          },
        ],
        customRoles: [{ name: 'Tier 1', scope: '/', grants: { methods: false, resetPassword: false } }],
      },
    });
    expect(lines).toEqual([
      {
        role: 'Authentication Administrator',
        unit: 'Sales',
        can: 'Manage methods and reset passwords',
        on: 'members of Sales without admin roles',
      },
    ]);
  });

  it('leaves a custom role whose definition could not be read to Graph', () => {
    const [line] = reachLines({
      directoryWide: [],
      assignments: {
        known: true,
        unitRoles: [],
        customRoles: [{ name: 'Ops', scope: '/', grants: 'unknown' }],
      },
    });
    expect(line).toMatchObject({ role: 'Ops (custom)', on: 'the users its scope names: Graph decides' });
  });
});
