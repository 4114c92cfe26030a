import { describe, expect, it } from 'vitest';
import { GraphError } from '../../lib/graph/graph-error.ts';
import {
  countFill,
  initialFill,
  resetFailedFill,
  runGroupFill,
  type FillApi,
  type FillUser,
} from './group-fill.ts';

const users = (count: number): FillUser[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `u${i}`,
    userPrincipalName: `u${i}@contoso.com`,
    displayName: `U ${i}`,
  }));

const graphError = (status: number, message = 'x', retryAfterSeconds?: number) =>
  new GraphError({
    status,
    code: status === 404 ? 'Request_ResourceNotFound' : 'Request_BadRequest',
    message,
    retryAfterSeconds,
  });

/** A group as Graph keeps it: adds all or none, 20 at most, refusing members already there or unknown ids. */
function fakeGroup(known: ReadonlySet<string>, members = new Set<string>()) {
  const calls: string[][] = [];
  const pauses: number[] = [];
  const check = (ids: readonly string[]) => {
    if (ids.length > 20) throw graphError(400, 'up to 20');
    for (const id of ids) if (!known.has(id)) throw graphError(404, `Resource '${id}' does not exist`);
    for (const id of ids)
      if (members.has(id)) throw graphError(400, 'One or more added object references already exist');
  };
  const api: FillApi = {
    addMany: async (ids) => {
      calls.push([...ids]);
      check(ids);
      ids.forEach((id) => members.add(id));
    },
    addOne: async (id) => {
      calls.push([id]);
      check([id]);
      members.add(id);
    },
    pause: async (ms) => void pauses.push(ms),
  };
  return { api, calls, pauses, members };
}

const run = (results: ReturnType<typeof initialFill>, api: FillApi, stopAfter = Infinity) => {
  let updates = 0;
  return runGroupFill(results, api, { shouldStop: () => updates >= stopAfter, onUpdate: () => updates++ });
};

describe('runGroupFill', () => {
  it('adds 45 users in requests of 20, 20 and 5 ("up to 20 members can be added in a single request")', async () => {
    const list = users(45);
    const group = fakeGroup(new Set(list.map((u) => u.id)));
    const done = await run(initialFill(list, new Set()), group.api);
    expect(group.calls.map((c) => c.length)).toEqual([20, 20, 5]);
    expect(countFill(done).added).toBe(45);
  });

  it('skips users already in the group before sending, and a user listed twice is added once', async () => {
    const list = users(3);
    const start = initialFill([...list, list[0]!], new Set(['u1']));
    expect(start.map((r) => r.outcome)).toEqual(['pending', 'alreadyMember', 'pending']);
    const group = fakeGroup(new Set(['u0', 'u1', 'u2']), new Set(['u1']));
    await run(start, group.api);
    expect(group.calls).toEqual([['u0', 'u2']]);
  });

  it('says who was not added and why when one user spoils a request ("no members are added")', async () => {
    const list = users(5);
    // u1 joined since the preview; u3 was deleted.
    const group = fakeGroup(new Set(['u0', 'u1', 'u2', 'u4']), new Set(['u1']));
    const done = await run(initialFill(list, new Set()), group.api);
    expect(done.map((r) => r.outcome)).toEqual(['added', 'alreadyMember', 'added', 'notFound', 'added']);
    expect([...group.members].sort()).toEqual(['u0', 'u1', 'u2', 'u4']);
  });

  it('waits and sends again while a new group replicates ("retry after a brief delay")', async () => {
    const list = users(2);
    const group = fakeGroup(new Set(['u0', 'u1']));
    let young = 2;
    const api: FillApi = {
      ...group.api,
      addMany: async (ids) => {
        if (young-- > 0)
          throw graphError(
            400,
            'The source resource object or one of the objects being referenced do not exist.',
          );
        return group.api.addMany(ids);
      },
    };
    const done = await run(initialFill(list, new Set()), api);
    expect(group.pauses).toEqual([2000, 4000]);
    expect(countFill(done).added).toBe(2);
  });

  it('waits Retry-After on a 429 and sends the same request again', async () => {
    const group = fakeGroup(new Set(['u0']));
    let throttled = true;
    const api: FillApi = {
      ...group.api,
      addMany: async (ids) => {
        if (throttled) {
          throttled = false;
          throw graphError(429, 'Too many requests', 7);
        }
        return group.api.addMany(ids);
      },
    };
    expect(countFill(await run(initialFill(users(1), new Set()), api)).added).toBe(1);
    expect(group.pauses).toEqual([7000]);
  });

  it('stops at the first 403: the rest would be refused too, and stay pending', async () => {
    const api: FillApi = {
      addMany: async () => {
        throw graphError(403, 'Insufficient privileges to complete the operation.');
      },
      addOne: async () => undefined,
      pause: async () => undefined,
    };
    const done = await run(initialFill(users(30), new Set()), api);
    expect(countFill(done)).toMatchObject({ refused: 20, pending: 10 });
  });

  it('marks a failed request failed, goes on, and retries only the failed after resetFailedFill', async () => {
    const list = users(25);
    const group = fakeGroup(new Set(list.map((u) => u.id)));
    let fail = true;
    const api: FillApi = {
      ...group.api,
      addMany: async (ids) => {
        if (fail) {
          fail = false;
          throw graphError(503, 'Service unavailable');
        }
        return group.api.addMany(ids);
      },
    };
    const first = await run(initialFill(list, new Set()), api);
    expect(countFill(first)).toMatchObject({ failed: 20, added: 5 });
    const second = await run(resetFailedFill(first), api);
    expect(countFill(second)).toMatchObject({ added: 25, failed: 0 });
  });

  it('stops between requests when asked', async () => {
    const list = users(60);
    const group = fakeGroup(new Set(list.map((u) => u.id)));
    const done = await run(initialFill(list, new Set()), group.api, 1);
    expect(countFill(done)).toMatchObject({ added: 20, pending: 40 });
  });
});
