import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphBatch } from '../../lib/graph/graph-batch.ts';
import { graphGet } from '../../lib/graph/graph-client.ts';
import { GraphError } from '../../lib/graph/graph-error.ts';
import { listOperatorAssignments } from './operator-assignments.ts';

vi.mock('../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn() }));
vi.mock('../../lib/graph/graph-batch.ts', () => ({ graphBatch: vi.fn() }));
const get = vi.mocked(graphGet);
const batch = vi.mocked(graphBatch);
const signal = new AbortController().signal;
const AUTH_ADMIN = 'c4e39bd9-1100-46d3-8c65-fb160da0071f';

const scoped = (unit: number) => ({
  roleDefinitionId: AUTH_ADMIN,
  directoryScopeId: `/administrativeUnits/unit-${unit}`,
  roleDefinition: { isBuiltIn: true, templateId: AUTH_ADMIN, displayName: 'Authentication Administrator' },
});

describe('the operator’s role assignments', () => {
  afterEach(() => {
    get.mockReset();
    batch.mockReset();
  });

  it('reads every page, names units twenty per batch, and keeps a unit it cannot name by its id', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => scoped(i));
    get.mockImplementationOnce(async () => ({
      value: rows.slice(0, 12),
      '@odata.nextLink': 'https://graph/next',
    }));
    get.mockImplementationOnce(async () => ({ value: rows.slice(12) }));
    batch.mockImplementation(
      async (parts) =>
        Object.fromEntries(
          Object.entries(parts).map(([key, part]) => {
            const id = /administrativeUnits\/([^?]+)/.exec((part as { url: string }).url)![1]!;
            return [
              key,
              id === 'unit-3'
                ? { ok: false, error: new GraphError({ status: 404, code: 'x', message: 'x' }) }
                : { ok: true, status: 200, data: { displayName: `Unit ${id}` } },
            ];
          }),
        ) as never,
    );
    const result = await listOperatorAssignments('me', signal);
    expect(get).toHaveBeenCalledTimes(2);
    expect(batch).toHaveBeenCalledTimes(2);
    expect(result.known && result.unitRoles).toHaveLength(25);
    expect(result.known && result.unitRoles[0]).toEqual({
      templateId: AUTH_ADMIN,
      name: 'Authentication Administrator',
      unitId: 'unit-0',
      unitName: 'Unit unit-0',
    });
    expect(result.known && result.unitRoles[3]!.unitName).toBeNull();
  });

  it('reads custom roles’ credential actions, and an unreadable definition as unknown', async () => {
    get.mockResolvedValueOnce({
      value: [
        {
          roleDefinitionId: 'c1',
          directoryScopeId: '/',
          roleDefinition: {
            isBuiltIn: false,
            displayName: 'Tier 1',
            rolePermissions: [{ allowedResourceActions: ['microsoft.directory/users/basic/update'] }],
          },
        },
        { roleDefinitionId: 'c2', directoryScopeId: '/', roleDefinition: null },
      ],
    });
    const result = await listOperatorAssignments('me', signal);
    expect(result.known && result.customRoles).toEqual([
      { name: 'Tier 1', scope: '/', grants: { methods: false, resetPassword: false } },
      { name: 'Role c2', scope: '/', grants: 'unknown' },
    ]);
  });

  it('says which roles Graph lists assignments to, when it refuses', async () => {
    get.mockImplementationOnce(async () => {
      throw new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'no' });
    });
    expect(await listOperatorAssignments('me', signal)).toEqual({
      known: false,
      reason:
        'Graph lists role assignments only to a Directory Readers, Global Reader or Privileged Role Administrator',
    });
  });
});
