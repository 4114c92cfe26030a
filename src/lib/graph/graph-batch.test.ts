import { describe, expect, it } from 'vitest';
import { buildBatchBody, correlateBatchResponses } from './graph-batch.ts';
import { GraphError } from './graph-error.ts';

describe('buildBatchBody', () => {
  it('keeps relative urls and ids, adds Content-Type only with a body', () => {
    expect(
      buildBatchBody({
        user: { url: '/users/1' },
        search: { url: '/users?$search="displayName:a"', headers: { ConsistencyLevel: 'eventual' } },
        patch: { url: '/x', method: 'PATCH', body: { a: 1 } },
      }),
    ).toEqual({
      requests: [
        { id: 'user', method: 'GET', url: '/users/1' },
        {
          id: 'search',
          method: 'GET',
          url: '/users?$search="displayName:a"',
          headers: { ConsistencyLevel: 'eventual' },
        },
        {
          id: 'patch',
          method: 'PATCH',
          url: '/x',
          headers: { 'Content-Type': 'application/json' },
          body: { a: 1 },
        },
      ],
    });
  });

  it('refuses more than 20 requests', () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`r${i}`, { url: '/x' }]));
    expect(() => buildBatchBody(many)).toThrow(/1 to 20/);
  });
});

describe('correlateBatchResponses', () => {
  it('matches out-of-order responses by id, case-insensitively', () => {
    const results = correlateBatchResponses<{ a: { n: number }; B: { n: number } }>(['a', 'B'], {
      responses: [
        { id: 'b', status: 200, body: { n: 2 } },
        { id: 'A', status: 200, body: { n: 1 } },
      ],
    });
    expect(results.a).toEqual({ ok: true, status: 200, data: { n: 1 } });
    expect(results.B).toEqual({ ok: true, status: 200, data: { n: 2 } });
  });

  it('turns a failed inner response into a GraphError with code and request-id, leaving the rest', () => {
    const results = correlateBatchResponses<{ ok: unknown; denied: unknown }>(['ok', 'denied'], {
      responses: [
        {
          id: 'denied',
          status: 403,
          headers: { 'Content-Type': 'application/json' },
          body: {
            error: {
              code: 'Authorization_RequestDenied',
              message: 'Insufficient privileges',
              innerError: { 'request-id': 'req-1', date: '2026-01-01T00:00:00' },
            },
          },
        },
        { id: 'ok', status: 204 },
      ],
    });
    expect(results.ok.ok).toBe(true);
    const denied = results.denied;
    expect(denied.ok).toBe(false);
    if (denied.ok) return;
    expect(denied.error).toBeInstanceOf(GraphError);
    expect(denied.error).toMatchObject({
      status: 403,
      code: 'Authorization_RequestDenied',
      requestId: 'req-1',
    });
  });

  it('reads Retry-After from an inner 429', () => {
    const results = correlateBatchResponses<{ t: unknown }>(['t'], {
      responses: [{ id: 't', status: 429, headers: { 'Retry-After': '7' }, body: {} }],
    });
    expect(results.t.ok === false && results.t.error.retryAfterSeconds).toBe(7);
  });

  it('reports a missing answer as an error of that item only', () => {
    const results = correlateBatchResponses<{ here: unknown; gone: unknown }>(['here', 'gone'], {
      responses: [{ id: 'here', status: 200, body: 1 }],
    });
    expect(results.here.ok).toBe(true);
    expect(results.gone.ok === false && results.gone.error.code).toBe('BatchResponseMissing');
  });
});
