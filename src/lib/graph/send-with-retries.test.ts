import { describe, expect, it } from 'vitest';
import { GraphError } from './graph-error.ts';
import { sendWithRetries, throttledWait } from './send-with-retries.ts';

const throttled = () => new GraphError({ status: 429, code: 'TooManyRequests', message: 'slow down' });
const noWait = async () => undefined;

describe('sendWithRetries', () => {
  it('sends again after a 429, with a growing wait, until it succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await sendWithRetries(
      async () => {
        if (++calls < 3) throw throttled();
        return 'done';
      },
      { retries: 4, waitFor: throttledWait(1000), wait: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('done');
    expect(waits).toEqual([1000, 2000]);
  });

  it('gives up after its retries, and never retries what waiting cannot fix', async () => {
    let calls = 0;
    await expect(
      sendWithRetries(
        async () => {
          calls++;
          throw throttled();
        },
        { retries: 2, wait: noWait },
      ),
    ).rejects.toThrow('slow down');
    expect(calls).toBe(3);
    calls = 0;
    const forbidden = new GraphError({ status: 403, code: 'Forbidden', message: 'no role' });
    await expect(
      sendWithRetries(
        async () => {
          calls++;
          throw forbidden;
        },
        { retries: 2, wait: noWait },
      ),
    ).rejects.toBe(forbidden);
    expect(calls).toBe(1);
  });

  it('tells when it waits and stops waiting', async () => {
    const events: boolean[] = [];
    let calls = 0;
    await sendWithRetries(
      async () => {
        if (++calls === 1) throw throttled();
      },
      { retries: 1, wait: noWait, onWait: (waiting) => events.push(waiting) },
    );
    expect(events).toEqual([true, false]);
  });
});
