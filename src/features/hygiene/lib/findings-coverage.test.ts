import { describe, expect, it } from 'vitest';
import { findingsCoverage } from './findings-coverage.ts';

describe('findingsCoverage', () => {
  it('never says "none found" of users it could not read', () => {
    const coverage = findingsCoverage(1, 999, 1000, false);
    expect(coverage.empty).toBe(
      'None found among the 1 user read; 999 users could not be read, so there may be some.',
    );
    expect(coverage.incomplete).toMatch(/^Incomplete: these findings cover 1 user of 1,000 users\./);
  });

  it('says how many users a complete scan covers, and how many so far while it runs', () => {
    expect(findingsCoverage(40, 0, 40, false)).toEqual({ empty: 'None found: all 40 users read.' });
    expect(findingsCoverage(12, 0, 40, true).empty).toBe('None found among the 12 users read so far.');
  });
});
