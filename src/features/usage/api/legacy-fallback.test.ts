import { describe, expect, it, vi } from 'vitest';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { legacyOrReplacement } from './legacy-fallback.ts';

describe('legacyOrReplacement', () => {
  it('asks the replacement only when the legacy report is gone', async () => {
    const replacement = vi.fn(async () => 'new');
    expect(await legacyOrReplacement(async () => 'old', replacement)).toBe('old');
    expect(replacement).not.toHaveBeenCalled();
    const gone = new GraphError({ status: 404, code: 'ResourceNotFound', message: 'gone' });
    expect(await legacyOrReplacement(() => Promise.reject(gone), replacement)).toBe('new');
  });

  it('reports the legacy report’s other failures as they are', async () => {
    const denied = new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'no' });
    await expect(
      legacyOrReplacement(
        () => Promise.reject(denied),
        async () => 'new',
      ),
    ).rejects.toBe(denied);
  });
});
