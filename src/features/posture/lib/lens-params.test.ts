import { describe, expect, it } from 'vitest';
import { cohortFrom, coverageSelectionFrom, coverageSelectionHref } from './lens-params.ts';

describe('lens URL parameters', () => {
  it('reads a coverage selection back from the link it makes', () => {
    const href = coverageSelectionHref({ tier: 'globalAdmin', strength: 'lacking' });
    expect(href).toBe('?tier=globalAdmin&strength=lacking#admins');
    expect(coverageSelectionFrom(new URLSearchParams(href.split('#')[0]))).toEqual({
      tier: 'globalAdmin',
      strength: 'lacking',
    });
  });

  it('widens unknown values to all and means "nothing picked" without parameters', () => {
    expect(coverageSelectionFrom(new URLSearchParams('tier=owner&strength=magic'))).toEqual({
      tier: 'all',
      strength: 'all',
    });
    expect(coverageSelectionFrom(new URLSearchParams(''))).toBeUndefined();
  });

  it('accepts only known cohorts', () => {
    expect(cohortFrom(new URLSearchParams('cohort=phoneDependent'))).toBe('phoneDependent');
    expect(cohortFrom(new URLSearchParams('cohort=everyone'))).toBeUndefined();
  });
});
