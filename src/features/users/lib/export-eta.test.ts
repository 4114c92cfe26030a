import { describe, expect, it } from 'vitest';
import { exportEtaMs, formatEta } from './export-eta.ts';

const limits = { pageSize: 1000, limit: 5, windowMs: 10_000 };

describe('exportEtaMs', () => {
  it('prices the pages left at the throttle’s pace while pages come in a burst', () => {
    // 5 pages in 0.5 s: the window had room, but the next pages wait 2 s each.
    expect(
      exportEtaMs({ rowsDone: 5000, pagesDone: 5, elapsedMs: 500, expectedRows: 20_000, ...limits }),
    ).toBe(15 * 2000);
  });

  it('uses the observed pace when it is slower than the throttle', () => {
    expect(
      exportEtaMs({ rowsDone: 6000, pagesDone: 6, elapsedMs: 24_000, expectedRows: 8500, ...limits }),
    ).toBe(3 * 4000);
  });

  it('does not extrapolate the first window, whose pages burst and then wait', () => {
    // 4 pages in 10 s (3 at once, then a wait for the window): the pace ahead is still 2 s a page.
    expect(
      exportEtaMs({ rowsDone: 4000, pagesDone: 4, elapsedMs: 10_000, expectedRows: 20_000, ...limits }),
    ).toBe(16 * 2000);
  });

  it('counts a partial last page and needs no history to start', () => {
    expect(exportEtaMs({ rowsDone: 0, pagesDone: 0, elapsedMs: 0, expectedRows: 1, ...limits })).toBe(2000);
    expect(
      exportEtaMs({ rowsDone: 3000, pagesDone: 3, elapsedMs: 6000, expectedRows: 3000, ...limits }),
    ).toBe(0);
  });

  it('says nothing without a total, or once the rows outgrow it', () => {
    expect(exportEtaMs({ rowsDone: 0, pagesDone: 0, elapsedMs: 0, expectedRows: undefined, ...limits })).toBe(
      undefined,
    );
    expect(
      exportEtaMs({ rowsDone: 5001, pagesDone: 6, elapsedMs: 10_000, expectedRows: 5000, ...limits }),
    ).toBe(undefined);
  });
});

describe('formatEta', () => {
  it('reads as a person would say it', () => {
    expect(formatEta(400, false)).toBe('about 1 s left');
    expect(formatEta(42_000, false)).toBe('about 42 s left');
    expect(formatEta(120_000, true)).toBe('at most 2 min left');
    expect(formatEta(80_400, false)).toBe('about 1 min 20 s left');
  });
});
