import { vi } from 'vitest';

/**
 * Stubs fetch with Graph's answers, in order, then `fallback()`; `sentWith` notes the Authorization header of
 * each request, so a test can see which token a retry carried.
 */
export function stubGraphFetch(fallback: () => Response, ...answers: Response[]) {
  const sentWith: string[] = [];
  const fetch = vi.fn((_url: string, init: RequestInit) => {
    sentWith.push((init.headers as Record<string, string>).Authorization!);
    return Promise.resolve(answers.shift() ?? fallback());
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, sentWith };
}
