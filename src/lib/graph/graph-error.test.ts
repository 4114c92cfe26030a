import { describe, expect, it } from 'vitest';
import { graphErrorFrom } from './graph-error.ts';

describe('graphErrorFrom', () => {
  it('reads code, message, request-id and date from innerError', () => {
    const error = graphErrorFrom(
      403,
      {
        error: {
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.',
          innerError: { date: '2026-11-01T10:00:00', 'request-id': 'r-1' },
        },
      },
      new Headers(),
    );
    expect(error).toMatchObject({
      status: 403,
      code: 'Authorization_RequestDenied',
      requestId: 'r-1',
      date: '2026-11-01T10:00:00',
    });
  });

  it('accepts the schema’s lower-case "innererror" and falls back to the request-id header', () => {
    expect(
      graphErrorFrom(
        500,
        { error: { code: 'x', message: 'y', innererror: { 'request-id': 'r-2' } } },
        new Headers(),
      ).requestId,
    ).toBe('r-2');
    expect(graphErrorFrom(502, undefined, new Headers({ 'request-id': 'r-3' }))).toMatchObject({
      code: 'HTTP502',
      requestId: 'r-3',
    });
  });

  it('reads a fractional Retry-After when the browser can see it', () => {
    expect(graphErrorFrom(429, {}, new Headers({ 'Retry-After': '2.128' })).retryAfterSeconds).toBe(2.128);
    expect(graphErrorFrom(429, {}, new Headers()).retryAfterSeconds).toBeUndefined();
  });
});
