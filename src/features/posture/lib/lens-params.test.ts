import { describe, expect, it } from 'vitest';
import { cohortFrom, cohortHref, coverageSelectionFrom, coverageSelectionHref } from './lens-params.ts';

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

  it('keeps the exclusions and other parameters when drilling down', () => {
    const current = new URLSearchParams('exAccount=bg@contoso.com|Break-glass&tier=all&strength=all');
    const href = coverageSelectionHref({ tier: 'globalAdmin', strength: 'none' }, current);
    const params = new URLSearchParams(href.slice(1, href.indexOf('#')));
    expect(params.get('exAccount')).toBe('bg@contoso.com|Break-glass');
    expect(params.get('tier')).toBe('globalAdmin');
    expect(params.getAll('strength')).toEqual(['none']);
    const cohort = cohortHref('passkeyReady', new URLSearchParams('exGuests=Partners&cohort=noPhoneToLose'));
    expect(cohort).toBe('?exGuests=Partners&cohort=passkeyReady#cohort-users');
  });

  it('accepts only known cohorts', () => {
    expect(cohortFrom(new URLSearchParams('cohort=mustRegisterPasskey'))).toBe('mustRegisterPasskey');
    // The names before the policy was read are gone: the page opens on its default.
    expect(cohortFrom(new URLSearchParams('cohort=phoneDependent'))).toBeUndefined();
    expect(cohortFrom(new URLSearchParams('cohort=everyone'))).toBeUndefined();
  });
});
