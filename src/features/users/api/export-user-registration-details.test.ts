import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphError } from '../../../lib/graph/graph-error.ts';

const listUserRegistrationDetails = vi.fn();
vi.mock('./user-registration-details.ts', () => ({
  listUserRegistrationDetails: (...args: unknown[]) => listUserRegistrationDetails(...args),
}));
const { exportUserRegistrationDetails } = await import('./export-user-registration-details.ts');

const row = (id: string) => ({ id, userPrincipalName: `${id}@contoso.example`, methodsRegistered: [] });
const throttled = (retryAfterSeconds?: number) =>
  new GraphError({ status: 429, code: 'TooManyRequests', message: 'slow down', retryAfterSeconds });

afterEach(() => {
  listUserRegistrationDetails.mockReset();
  vi.useRealTimers();
});

describe('exportUserRegistrationDetails', () => {
  it('follows nextLinks page by page, reporting rows, pages and an ETA from the expected total', async () => {
    listUserRegistrationDetails
      .mockResolvedValueOnce({ value: [row('a'), row('b')], '@odata.nextLink': 'https://graph/next' })
      .mockResolvedValueOnce({ value: [row('c')] });
    const progress: { rows: number; pages: number; etaMs?: number }[] = [];
    const blob = await exportUserRegistrationDetails(
      { filter: undefined, orderBy: undefined },
      {
        signal: new AbortController().signal,
        onProgress: (p) => progress.push(p),
        expectedRows: () => 3,
      },
    );
    expect(
      listUserRegistrationDetails.mock.calls.map((c) => (c[0] as { pageLink?: string }).pageLink),
    ).toEqual([undefined, 'https://graph/next']);
    const lines = (await blob.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(progress.at(-1)).toMatchObject({ rows: 3, pages: 2, etaMs: 0 });
  });

  it('waits Retry-After when Graph lets it be read, and backs off when it does not', async () => {
    vi.useFakeTimers();
    listUserRegistrationDetails
      .mockRejectedValueOnce(throttled(7))
      .mockRejectedValueOnce(throttled())
      .mockResolvedValueOnce({ value: [row('a')] });
    const waits: boolean[] = [];
    const pending = exportUserRegistrationDetails(
      { filter: undefined, orderBy: undefined },
      { signal: new AbortController().signal, onProgress: (p) => waits.push(p.waitingForRateLimit) },
    );
    await vi.advanceTimersByTimeAsync(6_900);
    expect(listUserRegistrationDetails).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(listUserRegistrationDetails).toHaveBeenCalledTimes(2);
    // No Retry-After: the second attempt's backoff (4 s) rather than an immediate retry.
    await vi.advanceTimersByTimeAsync(3_500);
    expect(listUserRegistrationDetails).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_000);
    await pending;
    expect(listUserRegistrationDetails).toHaveBeenCalledTimes(3);
    expect(waits).toContain(true);
    expect(waits.at(-1)).toBe(false);
  });

  it('stops when cancelled, without asking for another page', async () => {
    const abort = new AbortController();
    listUserRegistrationDetails.mockImplementationOnce(async () => {
      abort.abort(new DOMException('cancelled', 'AbortError'));
      return { value: [row('a')], '@odata.nextLink': 'https://graph/next' };
    });
    await expect(
      exportUserRegistrationDetails(
        { filter: undefined, orderBy: undefined },
        { signal: abort.signal, onProgress: () => undefined },
      ),
    ).rejects.toThrow('cancelled');
    expect(listUserRegistrationDetails).toHaveBeenCalledTimes(1);
  });
});
