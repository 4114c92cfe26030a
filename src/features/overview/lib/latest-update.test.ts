import { describe, expect, it } from 'vitest';
import { latestUpdateOf, latestUpdateOfPages } from './latest-update.ts';

const row = (lastUpdatedDateTime: string | null) => ({ lastUpdatedDateTime });

describe('latestUpdateOfPages', () => {
  it('gives the same answer as reading every row, and skips unreadable dates', () => {
    const pages = [
      { value: [row('2026-11-20T08:00:00Z'), row(null), row('not a date')] },
      { value: [row('2026-11-22T08:00:00.000Z'), row('2026-11-21T08:00:00Z')] },
      { value: [] },
    ];
    expect(latestUpdateOfPages(pages)).toBe('2026-11-22T08:00:00.000Z');
    expect(latestUpdateOfPages(pages)).toBe(latestUpdateOf(pages.flatMap((p) => p.value)));
    expect(latestUpdateOfPages([])).toBeUndefined();
  });

  it('reads a page once however often the progress asks', () => {
    let reads = 0;
    const counted = {
      get lastUpdatedDateTime() {
        reads++;
        return '2026-11-20T08:00:00Z';
      },
    };
    const first = { value: [counted] };
    latestUpdateOfPages([first]);
    const readsOfOneLook = reads;
    latestUpdateOfPages([first, { value: [row('2026-11-23T08:00:00Z')] }]);
    expect(latestUpdateOfPages([first])).toBe('2026-11-20T08:00:00Z');
    expect(reads).toBe(readsOfOneLook);
  });
});
