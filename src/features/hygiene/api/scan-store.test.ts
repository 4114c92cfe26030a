import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphBatch } from '../../../lib/graph/graph-batch.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { listCohortMembers } from './cohort-members.ts';
import {
  cancelScan,
  getScanState,
  scanEtaSeconds,
  scanProgress,
  startScan,
  subscribeScan,
} from './scan-store.ts';

vi.mock('../../../lib/graph/graph-batch.ts', () => ({ graphBatch: vi.fn() }));
vi.mock('./cohort-members.ts', () => ({ listCohortMembers: vi.fn() }));

const batch = vi.mocked(graphBatch);
const members = vi.mocked(listCohortMembers);

const users = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `u${i}`,
    displayName: `User ${i}`,
    userPrincipalName: `u${i}@x.test`,
  }));

const methodsFor = (requests: Record<string, unknown>) =>
  Object.fromEntries(
    Object.keys(requests).map((id) => [
      id,
      id === '3'
        ? {
            ok: false,
            error: new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'no' }),
          }
        : {
            ok: true,
            status: 200,
            data: { value: [{ '@odata.type': '#microsoft.graph.fido2AuthenticationMethod', id: `k${id}` }] },
          },
    ]),
  );

afterEach(() => {
  cancelScan();
  vi.clearAllMocks();
});

describe('the scan store', () => {
  it('scans the cohort 20 users to a batch, keeps failures apart, and tells subscribers as it goes', async () => {
    members.mockResolvedValue({ users: users(45), source: 'report' });
    batch.mockImplementation(async (requests) => methodsFor(requests) as never);
    const seen: number[] = [];
    const unsubscribe = subscribeScan(() => seen.push(scanProgress(getScanState()).done));
    await startScan({ kind: 'admins' });
    unsubscribe();
    const state = getScanState();
    expect(state.status).toBe('done');
    expect(batch.mock.calls.map(([requests]) => Object.keys(requests).length)).toEqual([20, 20, 5]);
    expect(batch.mock.calls[0]?.[1]).toMatchObject({ version: 'beta' });
    expect(state.scanned).toHaveLength(42);
    expect(state.failed.map((f) => f.user.id)).toEqual(['u3', 'u23', 'u43']);
    expect(scanProgress(state)).toEqual({ done: 45, total: 45 });
    expect(seen).toContain(20);
  });

  it('waits out a 429 on the batch itself and sends the chunk again', async () => {
    vi.useFakeTimers();
    members.mockResolvedValue({ users: users(2), source: 'users' });
    batch
      .mockRejectedValueOnce(
        new GraphError({ status: 429, code: 'TooManyRequests', message: '', retryAfterSeconds: 3 }),
      )
      .mockImplementation(async (requests) => methodsFor(requests) as never);
    const run = startScan({ kind: 'tenant' });
    await vi.advanceTimersByTimeAsync(3000);
    await run;
    expect(batch).toHaveBeenCalledTimes(2);
    expect(getScanState().status).toBe('done');
    vi.useRealTimers();
  });

  it('stops when cancelled, and a failed cohort listing is shown as failed with Graph’s error', async () => {
    members.mockResolvedValue({ users: users(40), source: 'report' });
    batch.mockImplementation(async (requests) => {
      cancelScan();
      return methodsFor(requests) as never;
    });
    await startScan({ kind: 'admins' });
    expect(getScanState().status).toBe('cancelled');
    expect(batch).toHaveBeenCalledTimes(1);

    const denied = new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'no' });
    members.mockRejectedValue(denied);
    await startScan({ kind: 'tenant' });
    expect(getScanState()).toMatchObject({ status: 'failed', error: denied });
  });

  it('estimates the time left from the pace so far', () => {
    const state = {
      ...getScanState(),
      status: 'scanning' as const,
      startedAt: 1_000,
      total: 100,
      failed: [],
    };
    expect(scanEtaSeconds({ ...state, scanned: [] }, 11_000)).toBeUndefined();
    const scanned = users(25).map((u) => ({ ...u, methods: [] }));
    expect(scanEtaSeconds({ ...state, scanned }, 11_000)).toBe(30);
  });
});

describe('an operator who may not read methods', () => {
  it('sees the scan fail once with Graph’s 403, not a list of every user refused', async () => {
    members.mockResolvedValue({ users: users(30), source: 'report' });
    const denied = new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'no' });
    batch.mockImplementation(
      async (requests) =>
        Object.fromEntries(Object.keys(requests).map((id) => [id, { ok: false, error: denied }])) as never,
    );
    await startScan({ kind: 'admins' });
    expect(getScanState()).toMatchObject({ status: 'failed', error: denied });
    expect(batch).toHaveBeenCalledTimes(1);
  });
});
