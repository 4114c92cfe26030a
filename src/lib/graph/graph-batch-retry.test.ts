import { afterEach, describe, expect, it, vi } from 'vitest';

const graphRequest = vi.fn();
vi.mock('./graph-client.ts', () => ({ graphRequest: (...args: unknown[]) => graphRequest(...args) }));
const { graphBatch } = await import('./graph-batch.ts');

const throttled = {
  status: 429,
  headers: {},
  body: { error: { code: 'TooManyRequests', message: 'slow down' } },
};

afterEach(() => {
  graphRequest.mockReset();
  vi.useRealTimers();
});

describe('graphBatch with throttled parts', () => {
  it('sends only the throttled GETs again after a backoff, and never a throttled write', async () => {
    vi.useFakeTimers();
    graphRequest
      .mockResolvedValueOnce({
        responses: [
          { id: 'report', ...throttled },
          { id: 'user', status: 200, body: { id: 'u' } },
          { id: 'write', ...throttled },
        ],
      })
      .mockResolvedValueOnce({ responses: [{ id: 'report', status: 200, body: { isMfaCapable: true } }] });
    const pending = graphBatch<{ report: unknown; user: unknown; write: unknown }>(
      {
        report: { url: '/reports/x' },
        user: { url: '/users/u' },
        write: { url: '/users/u/authentication/phoneMethods', method: 'POST', body: {} },
      },
      { scopes: [] },
    );
    await vi.advanceTimersByTimeAsync(1000);
    const results = await pending;
    expect(graphRequest).toHaveBeenCalledTimes(2);
    const second = graphRequest.mock.calls[1]?.[1] as { body: { requests: { id: string }[] } };
    expect(second.body.requests.map((r) => r.id)).toEqual(['report']);
    expect(results.report).toEqual({ ok: true, status: 200, data: { isMfaCapable: true } });
    expect(results.user.ok).toBe(true);
    expect(results.write.ok).toBe(false);
  });
});
