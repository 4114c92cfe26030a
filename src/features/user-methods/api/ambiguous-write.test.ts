import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { isAmbiguousFailure, settleAmbiguousWrite } from './ambiguous-write.ts';

const failure = (status: number, code = 'X') =>
  new GraphError({ status, code, message: 'Failed.', requestId: 'r1' });

describe('ambiguous writes', () => {
  it('treats lost answers as ambiguous, and Graph refusals as not', () => {
    expect(isAmbiguousFailure(failure(0, 'NetworkError'))).toBe(true);
    expect(isAmbiguousFailure(failure(504))).toBe(true);
    expect(isAmbiguousFailure(failure(200, 'InvalidResponse'))).toBe(true);
    expect(isAmbiguousFailure(failure(400))).toBe(false);
    expect(isAmbiguousFailure(failure(503))).toBe(false);
  });

  it('resolves when a fresh read shows the write happened', async () => {
    await expect(settleAmbiguousWrite(failure(0), async () => true, 'phone')).resolves.toBeUndefined();
  });

  it('says sending again is safe when it did not happen, keeping code and request id', async () => {
    const settled = settleAmbiguousWrite(failure(504, 'GatewayTimeout'), async () => false, 'phone');
    await expect(settled).rejects.toMatchObject({ status: 504, code: 'GatewayTimeout', requestId: 'r1' });
    await expect(settled).rejects.toThrow(/was created: sending it again is safe/);
  });

  it('fails with the given note when the write happened but its answer mattered', async () => {
    const settled = settleAmbiguousWrite(
      failure(0),
      async () => true,
      'pass',
      'Delete it and issue a new one.',
    );
    await expect(settled).rejects.toThrow(/Delete it and issue a new one/);
  });

  it('says so when the state cannot be read, and rethrows other errors untouched', async () => {
    const unreadable = settleAmbiguousWrite(failure(0), () => Promise.reject(new Error('x')), 'phone');
    await expect(unreadable).rejects.toThrow(/could not be checked/);
    const refused = failure(400);
    await expect(settleAmbiguousWrite(refused, async () => true, 'phone')).rejects.toBe(refused);
  });
});
