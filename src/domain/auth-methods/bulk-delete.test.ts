import { describe, expect, it, vi } from 'vitest';
import { GraphError } from '../../lib/graph/graph-error.ts';
import {
  initialResults,
  outcomeCounts,
  resetFailed,
  runBulkDelete,
  type PreparedTarget,
} from './bulk-delete.ts';

const target = (userId: string, methodIds: string[], skipReason?: string): PreparedTarget => ({
  userId,
  userPrincipalName: `${userId}@contoso.test`,
  displayName: userId,
  methods: methodIds.map((methodId) => ({ methodId, kind: 'microsoftAuthenticator', label: methodId })),
  skipReason,
  defaultMethodIds: [],
});

const graphError = (status: number, code: string) =>
  new GraphError({ status, code, message: code, requestId: `req-${code}` });

describe('runBulkDelete', () => {
  it('goes one user at a time and reports deleted, already gone, refused, failed and skipped', async () => {
    const remove = vi.fn(async (_user: string, input: { methodId: string }) => {
      if (input.methodId === 'gone') return 'alreadyGone' as const;
      if (input.methodId === 'no') throw graphError(403, 'Authorization_RequestDenied');
      if (input.methodId === 'boom') throw graphError(500, 'InternalServerError');
      return 'deleted' as const;
    });
    const changed: string[] = [];
    const results = await runBulkDelete(
      initialResults([
        target('a', ['1', '2']),
        target('b', ['gone']),
        target('c', ['no']),
        target('d', ['3', 'boom']),
        target('e', ['4'], 'This user holds admin roles.'),
      ]),
      {
        shouldStop: () => false,
        onUpdate: () => {},
        onUserChanged: (id) => changed.push(id),
        deleteMethod: remove,
      },
    );
    expect(results.map((r) => r.outcome)).toEqual(['deleted', 'alreadyGone', 'refused', 'failed', 'skipped']);
    expect(remove.mock.calls.map(([user, input]) => `${user}/${input.methodId}`)).toEqual([
      'a/1',
      'a/2',
      'b/gone',
      'c/no',
      'd/3',
      'd/boom',
    ]);
    expect(results[3]?.methods[1]?.error?.requestId).toBe('req-InternalServerError');
    expect(changed).toEqual(['a', 'b', 'd']);
    expect(outcomeCounts(results)).toMatchObject({
      deleted: 1,
      alreadyGone: 1,
      refused: 1,
      failed: 1,
      skipped: 1,
    });
  });

  it('stops between users, and retries only the failed methods', async () => {
    let calls = 0;
    const remove = vi.fn(async (_user: string, input: { methodId: string }) => {
      calls++;
      if (input.methodId === 'flaky' && calls < 3) throw graphError(503, 'serviceNotAvailable');
      return 'deleted' as const;
    });
    const updates: number[] = [];
    let stop = false;
    const first = await runBulkDelete(initialResults([target('a', ['ok', 'flaky']), target('b', ['x'])]), {
      shouldStop: () => stop,
      onUpdate: (r) => {
        updates.push(r.length);
        if (r[0]?.outcome === 'failed') stop = true;
      },
      deleteMethod: remove,
    });
    expect(first.map((r) => r.outcome)).toEqual(['failed', 'pending']);
    stop = false;
    const again = await runBulkDelete(resetFailed(first), {
      shouldStop: () => false,
      onUpdate: () => {},
      deleteMethod: remove,
    });
    expect(again.map((r) => r.outcome)).toEqual(['deleted', 'deleted']);
    expect(remove.mock.calls.map(([, input]) => input.methodId)).toEqual(['ok', 'flaky', 'flaky', 'x']);
    expect(updates.length).toBeGreaterThan(0);
  });

  it('sends a throttled delete again after Retry-After, since Graph did nothing with it', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const remove = vi.fn(async () => {
      if (++calls === 1)
        throw new GraphError({ status: 429, code: 'TooManyRequests', message: '', retryAfterSeconds: 2 });
      return 'deleted' as const;
    });
    const run = runBulkDelete(initialResults([target('a', ['1'])]), {
      shouldStop: () => false,
      onUpdate: () => {},
      deleteMethod: remove,
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect((await run)[0]?.outcome).toBe('deleted');
    expect(remove).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});
