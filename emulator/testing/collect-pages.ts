import { expect } from 'vitest';
import type { TestEmulator } from './test-emulator.ts';

/** The request header directory advanced queries need (docs/graph-notes.md §1, §5). */
export const EVENTUAL = { ConsistencyLevel: 'eventual' } as const;

/**
 * Follows @odata.nextLink verbatim until it is absent, resending the headers on every page as a
 * client must (they are not part of the link). Every page must be a 200.
 */
export async function collectPages<T = any>(
  emulator: TestEmulator,
  path: string,
  init: { token: string; headers?: Record<string, string> },
): Promise<{ items: T[]; pages: any[] }> {
  const items: T[] = [];
  const pages: any[] = [];
  let next: string | undefined = path;
  while (next !== undefined) {
    const page: { status: number; body: any } = await emulator.graph(next, init);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    pages.push(page.body);
    items.push(...(page.body.value as T[]));
    next = page.body['@odata.nextLink'];
    if (pages.length > 10_000) throw new Error('paging does not terminate');
  }
  return { items, pages };
}

/** GET a text/plain Graph response (graph() JSON-parses bodies). */
export async function graphText(
  emulator: TestEmulator,
  path: string,
  init: { token: string; headers?: Record<string, string> },
): Promise<{ status: number; contentType: string | null; text: string }> {
  const response = await fetch(`${emulator.url}${path}`, {
    headers: { Authorization: `Bearer ${init.token}`, ...init.headers },
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  };
}
