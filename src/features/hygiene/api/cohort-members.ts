import type { User, UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { allPages } from '../../../lib/graph/all-pages.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import {
  browserFilter,
  filterLogicRefused,
  isFilterLogicRefusal,
  needsFilterLogic,
  serverFilters,
  uniqueRows,
} from '../../../domain/reports/registration-filter-fallback.ts';
import { graphFilter, type RegistrationFilters } from '../../../domain/reports/registration-filters.ts';
import { listAdminRoleHolders } from '../../../domain/roles/admin-role-holders.ts';
import type { CohortSpec } from '../lib/cohort.ts';

export interface CohortUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

type Options = { signal: AbortSignal; onPacerWait?: (waiting: boolean) => void };

/** The registration report's rows (paced by the client's reports pacer), filtered by Graph. */
async function reportRows(filter: string | undefined, options: Options): Promise<UserRegistrationDetails[]> {
  const query = [
    filter && `$filter=${encodeURIComponent(filter)}`,
    '$select=id,userPrincipalName,userDisplayName,methodsRegistered',
    '$top=999',
  ]
    .filter(Boolean)
    .join('&');
  return allPages<UserRegistrationDetails>(
    `/reports/authenticationMethods/userRegistrationDetails?${query}`,
    { scopes: SCOPES.registrationReports, version: 'v1.0', ...options },
  );
}

const cohortUser = (r: UserRegistrationDetails): CohortUser => ({
  id: r.id ?? '',
  displayName: r.userDisplayName ?? '',
  userPrincipalName: r.userPrincipalName ?? '',
});

/**
 * The users the Users list shows for these filters. Where Graph refuses the search's or strength class's `or` /
 * `not` (registration-filter-fallback.ts), it filters the rest and the browser the two.
 */
async function fromFilters(filters: RegistrationFilters, options: Options): Promise<CohortUser[]> {
  const here = async () =>
    uniqueRows(await Promise.all(serverFilters(filters).map((f) => reportRows(f, options))))
      .filter(browserFilter(filters))
      .map(cohortUser);
  if (filterLogicRefused() && needsFilterLogic(filters)) return here();
  try {
    return (await reportRows(graphFilter(filters), options)).map(cohortUser);
  } catch (error) {
    if (!isFilterLogicRefusal(error, filters)) throw error;
    return here();
  }
}

async function wholeTenant(options: Options): Promise<CohortUser[]> {
  const rows = await allPages<User>('/users?$select=id,displayName,userPrincipalName&$top=999', {
    scopes: SCOPES.userDirectory,
    version: 'v1.0',
    ...options,
  });
  return rows.map((u) => ({
    id: u.id ?? '',
    displayName: u.displayName ?? '',
    userPrincipalName: u.userPrincipalName ?? '',
  }));
}

export interface CohortMembers {
  users: CohortUser[];
  /** Set when the admins came from directory roles because the reports were not readable. */
  source: 'report' | 'directoryRoles' | 'users';
}

/**
 * The users of a cohort. Admins come from the report's isAdmin; an operator who may not read the
 * reports (403) gets them from directory role memberships instead, which name the same people.
 */
export async function listCohortMembers(cohort: CohortSpec, options: Options): Promise<CohortMembers> {
  if (cohort.kind === 'tenant') return { users: await wholeTenant(options), source: 'users' };
  if (cohort.kind === 'filtered')
    return { users: await fromFilters(cohort.filters, options), source: 'report' };
  try {
    return { users: (await reportRows('isAdmin eq true', options)).map(cohortUser), source: 'report' };
  } catch (error) {
    if (!(error instanceof GraphError) || error.status !== 403) throw error;
    return { users: await listAdminRoleHolders(options), source: 'directoryRoles' };
  }
}
