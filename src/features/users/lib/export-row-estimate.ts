import type { SummaryScope } from '../../../lib/graph/query-keys.ts';
import { activeFilterCount, type RegistrationFilters } from '../../../domain/reports/registration-filters.ts';

/**
 * Which registration summary counts the rows an export will hold. The summary knows user type and
 * admin role only, so any other filter makes its count an upper bound.
 */
export function exportRowEstimate(filters: RegistrationFilters): { scope: SummaryScope; exact: boolean } {
  const scope: SummaryScope = {
    userTypes: filters.userType ?? 'all',
    userRoles: filters.admin === undefined ? 'all' : filters.admin ? 'admin' : 'user',
  };
  const counted = (filters.userType ? 1 : 0) + (filters.admin !== undefined ? 1 : 0);
  return { scope, exact: activeFilterCount(filters) === counted };
}
