import { describe, expect, it, vi } from 'vitest';
import { isReportsRequest, reportsInBatch, slotsOf } from './pacers.ts';
import { createRequestPacer, memoryPacerStore } from './request-pacer.ts';

describe('createRequestPacer', () => {
  it('lets the first N through at once and holds the next until the window frees a slot', async () => {
    vi.useFakeTimers();
    const pacer = createRequestPacer(2, 1000, () => Date.now(), memoryPacerStore());
    await pacer.acquire();
    await pacer.acquire();
    let third = false;
    const pending = pacer.acquire().then(() => (third = true));
    await vi.advanceTimersByTimeAsync(900);
    expect(third).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    await pending;
    expect(third).toBe(true);
    vi.useRealTimers();
  });

  it('tells the caller while it holds a request back, and when it lets it go', async () => {
    vi.useFakeTimers();
    const pacer = createRequestPacer(1, 1000, () => Date.now(), memoryPacerStore());
    const first = vi.fn();
    await pacer.acquire(undefined, first);
    expect(first).not.toHaveBeenCalled();
    const events: boolean[] = [];
    const pending = pacer.acquire(undefined, (waiting) => events.push(waiting));
    await vi.advanceTimersByTimeAsync(10);
    expect(events).toEqual([true]);
    await vi.advanceTimersByTimeAsync(1300);
    await pending;
    expect(events).toEqual([true, false]);
    vi.useRealTimers();
  });

  it('says when every held request should have gone: each takes the next slot to free', async () => {
    vi.useFakeTimers({ now: 0 });
    const pacer = createRequestPacer(2, 1000, () => Date.now(), memoryPacerStore());
    await pacer.acquire();
    await vi.advanceTimersByTimeAsync(100);
    await pacer.acquire();
    const estimates: number[] = [];
    const note = (waiting: boolean, clearsAt?: number) => waiting && estimates.push(clearsAt!);
    const third = pacer.acquire(undefined, note);
    await vi.advanceTimersByTimeAsync(0);
    // Slots at 0 and 100: the third goes when the first frees (1000), plus the pacer's slack.
    expect(estimates.at(-1)).toBe(1250);
    const fourth = pacer.acquire(undefined, note);
    const fifth = pacer.acquire(undefined, note);
    await vi.advanceTimersByTimeAsync(0);
    // The fourth takes the slot freed at 1100; the fifth waits a window after the third.
    expect(estimates.at(-1)).toBe(2250);
    await vi.advanceTimersByTimeAsync(3000);
    await Promise.all([third, fourth, fifth]);
    vi.useRealTimers();
  });

  it('gives up waiting when the request is cancelled', async () => {
    vi.useFakeTimers();
    const pacer = createRequestPacer(1, 10_000, () => Date.now(), memoryPacerStore());
    await pacer.acquire();
    const controller = new AbortController();
    const pending = pacer.acquire(controller.signal);
    controller.abort(new Error('navigated away'));
    await expect(pending).rejects.toThrow('navigated away');
    vi.useRealTimers();
  });

  it('recognises report URLs, v1.0 and beta', () => {
    expect(
      isReportsRequest(
        'https://graph.microsoft.com/v1.0/reports/authenticationMethods/usersRegisteredByFeature()',
      ),
    ).toBe(true);
    expect(
      isReportsRequest("https://localhost:8443/beta/reports/getCredentialUsageSummary(period='D7')"),
    ).toBe(true);
    expect(isReportsRequest('https://graph.microsoft.com/v1.0/users/x/authentication/methods')).toBe(false);
  });
});

describe('slotsOf', () => {
  const batch = {
    requests: [{ url: '/users/a/authentication/methods' }, { url: '/users/b/authentication/methods' }],
  };
  it('counts report reads against the reports pacer whatever the caller chose', () => {
    expect(
      slotsOf('https://graph.microsoft.com/v1.0/reports/authenticationMethods/x', undefined, undefined),
    ).toEqual([['reports', 1]]);
    expect(slotsOf('https://graph.microsoft.com/v1.0/users', undefined, undefined)).toEqual([]);
  });
  it('counts a chosen pacer once per request, or once per part of a batch', () => {
    expect(slotsOf('https://graph.microsoft.com/beta/$batch', batch, 'methodScan')).toEqual([
      ['methodScan', 2],
    ]);
    expect(slotsOf('https://graph.microsoft.com/v1.0/users/a', undefined, 'methodScan')).toEqual([
      ['methodScan', 1],
    ]);
    expect(slotsOf('https://graph.microsoft.com/v1.0/users/a', undefined, 'reports')).toEqual([
      ['reports', 1],
    ]);
  });
});

describe('reportsInBatch', () => {
  it('counts the report requests a batch carries, and nothing for other calls', () => {
    const body = {
      requests: [
        { url: '/users/x' },
        { url: '/reports/authenticationMethods/userRegistrationDetails/x' },
        { url: 'reports/getCredentialUserRegistrationCount' },
      ],
    };
    expect(reportsInBatch('https://graph.microsoft.com/beta/$batch', body)).toBe(2);
    expect(reportsInBatch('https://graph.microsoft.com/v1.0/users', body)).toBe(0);
  });
});

describe('createRequestPacer dating by the answer', () => {
  it('counts a slow request from when it was answered, as Graph counted it on arrival', async () => {
    vi.useFakeTimers();
    const pacer = createRequestPacer(1, 1000, () => Date.now(), memoryPacerStore());
    const answered = await pacer.acquire();
    // The answer came 2 s later: Graph may have counted the request at any point until then.
    await vi.advanceTimersByTimeAsync(2000);
    answered();
    let second = false;
    const pending = pacer.acquire().then(() => (second = true));
    await vi.advanceTimersByTimeAsync(900);
    expect(second).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    await pending;
    expect(second).toBe(true);
    vi.useRealTimers();
  });
});

describe('a pacer that remembers its window across page loads', () => {
  it('starts from the slots a previous page load spent, and keeps them up to date', async () => {
    vi.useFakeTimers();
    let saved: number[] = [];
    const store = { load: () => saved, save: (times: number[]) => void (saved = times) };
    const before = createRequestPacer(2, 1000, () => Date.now(), store);
    (await before.acquire())();
    (await before.acquire())();
    expect(saved).toHaveLength(2);
    // A reload: a new pacer, the same store. The window is still full.
    const after = createRequestPacer(2, 1000, () => Date.now(), store);
    let sent = false;
    const pending = after.acquire().then(() => (sent = true));
    await vi.advanceTimersByTimeAsync(900);
    expect(sent).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    await pending;
    expect(sent).toBe(true);
    vi.useRealTimers();
  });

  it('ignores a store it cannot read', async () => {
    const store = { load: () => JSON.parse('not json') as number[], save: () => {} };
    const pacer = createRequestPacer(1, 1000, () => Date.now(), store);
    await expect(pacer.acquire()).resolves.toBeTypeOf('function');
  });
});

describe('pacers of two tabs sharing one store', () => {
  it('never send more than the limit together: each decision reads the window the other wrote', async () => {
    vi.useFakeTimers({ now: 0 });
    let saved: number[] = [];
    // One lock for both, as the Web Lock of the same name is: decisions run one after the other.
    let queue = Promise.resolve();
    const store = {
      load: () => [...saved],
      save: (times: number[]) => void (saved = times),
      exclusive: <T>(fn: () => T) => {
        const result = queue.then(fn);
        queue = result.then(() => undefined);
        return result;
      },
    };
    const tabA = createRequestPacer(3, 1000, () => Date.now(), store);
    const tabB = createRequestPacer(3, 1000, () => Date.now(), store);
    const sentAt: number[] = [];
    const send = (pacer: typeof tabA) => pacer.acquire().then(() => sentAt.push(Date.now()));
    const all = Promise.all([send(tabA), send(tabB), send(tabA), send(tabB), send(tabA), send(tabB)]);
    await vi.advanceTimersByTimeAsync(3000);
    await all;
    // Three went at once; the other three waited for the window, whichever tab sent them.
    expect(sentAt.filter((t) => t < 1000)).toHaveLength(3);
    expect(sentAt.filter((t) => t >= 1000)).toHaveLength(3);
    vi.useRealTimers();
  });
});
