import { expect } from 'vitest';

/** Asserts Graph's error body (docs/graph-notes.md §8.1): status, code, message and innerError ids. */
export function expectGraphError(
  response: { status: number; body: any },
  status: number,
  code: string,
): void {
  expect(response.status).toBe(status);
  expect(response.body.error.code).toBe(code);
  expect(response.body.error.message).toEqual(expect.any(String));
  expect(response.body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(response.body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
}
