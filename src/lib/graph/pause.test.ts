import { describe, expect, it, vi } from 'vitest';
import { pause } from './pause.ts';

describe('pause', () => {
  it('resolves after the time', async () => {
    vi.useFakeTimers();
    const done = vi.fn();
    void pause(1000).then(done);
    await vi.advanceTimersByTimeAsync(999);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('rejects with the reason as soon as the signal aborts, or at once if it already has', async () => {
    const controller = new AbortController();
    const waiting = pause(60_000, controller.signal);
    controller.abort(new Error('left the page'));
    await expect(waiting).rejects.toThrow('left the page');
    await expect(pause(10, controller.signal)).rejects.toThrow('left the page');
  });
});
