import {
  activeFilterCount,
  filtersFromSearchParams,
  filtersToSearchParams,
  type RegistrationFilters,
} from '../../../domain/reports/registration-filters.ts';

/** Whose methods a scan reads: admins, the users list's filtered cohort, or everyone. */
export type CohortSpec =
  { kind: 'admins' } | { kind: 'tenant' } | { kind: 'filtered'; filters: RegistrationFilters };

export type CohortKind = CohortSpec['kind'];

/** `?cohort=filtered&mfaCapable=false…` (the users list's own parameters) or `?cohort=admins|tenant`. */
export function cohortFromSearchParams(params: URLSearchParams): CohortSpec {
  const kind = params.get('cohort');
  if (kind === 'tenant') return { kind };
  if (kind === 'filtered') return { kind, filters: filtersFromSearchParams(params) };
  return { kind: 'admins' };
}

export function cohortToSearchParams(cohort: CohortSpec): URLSearchParams {
  const params = cohort.kind === 'filtered' ? filtersToSearchParams(cohort.filters) : new URLSearchParams();
  params.delete('sort');
  params.delete('dir');
  params.set('cohort', cohort.kind);
  return params;
}

export function cohortLabel(cohort: CohortSpec): string {
  if (cohort.kind === 'admins') return 'Admins';
  if (cohort.kind === 'tenant') return 'Whole tenant';
  const n = activeFilterCount(cohort.filters);
  return `Filtered users (${n} filter${n === 1 ? '' : 's'})`;
}

export const sameCohort = (a: CohortSpec, b: CohortSpec) =>
  cohortToSearchParams(a).toString() === cohortToSearchParams(b).toString();

/** The default is 90 days; the URL may ask for 1 to 3650. */
export function staleDaysFrom(params: URLSearchParams): number {
  const days = Number(params.get('days'));
  return Number.isInteger(days) && days >= 1 && days <= 3650 ? days : 90;
}
