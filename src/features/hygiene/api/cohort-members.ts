import type { DirectoryRole, User, UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphBatch } from '../../../lib/graph/graph-batch.ts';
import { allPages, type GraphPage } from '../../../lib/graph/all-pages.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
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
import { isAdminRole } from '../../../domain/session/role-names.ts';
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

/**
 * Holders of every activated admin role (docs/graph-notes.md §11.2b): what an operator without a reports
 * role (a helpdesk) can still read. One call for the roles, one $batch for their members' first pages.
 */
async function fromDirectoryRoles(options: Options): Promise<CohortUser[]> {
  const scopes = [...SCOPES.directoryRoleNames, ...SCOPES.userDirectory];
  const roles = (
    await graphGet<GraphPage<DirectoryRole>>('/directoryRoles?$select=id,roleTemplateId', {
      scopes,
      ...options,
    })
  ).value.filter((r) => r.id && isAdminRole(r.roleTemplateId));
  const users = new Map<string, CohortUser>();
  const membersPath = (id: string) =>
    `/directoryRoles/${encodeURIComponent(id)}/members/microsoft.graph.user?$select=id,displayName,userPrincipalName&$top=999`;
  for (let i = 0; i < roles.length; i += 20) {
    const chunk = roles.slice(i, i + 20);
    const results = await graphBatch<Record<string, GraphPage<User>>>(
      Object.fromEntries(chunk.map((r, j) => [String(j), { url: membersPath(r.id ?? '') }])),
      { scopes, signal: options.signal },
    );
    for (const j of chunk.keys()) {
      const result = results[String(j)];
      if (!result?.ok) throw result?.error ?? new Error('No answer for a role’s members.');
      const rest = result.data['@odata.nextLink']
        ? await allPages<User>(result.data['@odata.nextLink'], { scopes, version: 'v1.0', ...options })
        : [];
      for (const u of [...result.data.value, ...rest])
        if (u.id)
          users.set(u.id, {
            id: u.id,
            displayName: u.displayName ?? '',
            userPrincipalName: u.userPrincipalName ?? '',
          });
    }
  }
  return [...users.values()];
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
    return { users: await fromDirectoryRoles(options), source: 'directoryRoles' };
  }
}
