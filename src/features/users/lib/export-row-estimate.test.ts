import { describe, expect, it } from 'vitest';
import { exportRowEstimate } from './export-row-estimate.ts';
import { NO_FILTERS } from '../../../domain/reports/registration-filters.ts';

describe('exportRowEstimate', () => {
  it('counts the whole tenant exactly when nothing is filtered', () => {
    expect(exportRowEstimate(NO_FILTERS)).toEqual({
      scope: { userTypes: 'all', userRoles: 'all' },
      exact: true,
    });
  });

  it('maps user type and admin to the summary’s own scope', () => {
    expect(exportRowEstimate({ ...NO_FILTERS, userType: 'guest', admin: false })).toEqual({
      scope: { userTypes: 'guest', userRoles: 'user' },
      exact: true,
    });
  });

  it('is an upper bound once a filter the summary cannot count is on', () => {
    expect(exportRowEstimate({ ...NO_FILTERS, admin: true, features: { mfaCapable: false } })).toEqual({
      scope: { userTypes: 'all', userRoles: 'admin' },
      exact: false,
    });
    expect(exportRowEstimate({ ...NO_FILTERS, search: 'ad' }).exact).toBe(false);
  });
});
