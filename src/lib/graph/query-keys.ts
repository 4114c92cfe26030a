/** One key factory for every Graph resource, so a mutation in one feature can invalidate another's data. */
export interface SummaryScope {
  userTypes: 'all' | 'member' | 'guest';
  userRoles: 'all' | 'privilegedAdmin' | 'admin' | 'user';
}

/** One page of userRegistrationDetails, named by the Graph query that fetches it. */
export interface RegistrationDetailsPage {
  filter: string | undefined;
  orderBy: string | undefined;
  top: number;
  /** The nextLink that leads to this page; undefined for the first page. */
  pageLink: string | undefined;
}

export const graphKeys = {
  all: ['graph'] as const,
  myDirectoryRoles: () => [...graphKeys.all, 'me', 'directoryRoles'] as const,
  myRoleAssignments: (id: string) => [...graphKeys.all, 'me', 'roleAssignments', id] as const,
  reports: () => [...graphKeys.all, 'reports'] as const,
  registrationByFeature: (scope: SummaryScope) =>
    [...graphKeys.reports(), 'usersRegisteredByFeature', scope] as const,
  registrationByMethod: (scope: SummaryScope) =>
    [...graphKeys.reports(), 'usersRegisteredByMethod', scope] as const,
  /** Every page of the registration report, whatever the filter: what a method change invalidates. */
  registrationDetailsAll: () => [...graphKeys.reports(), 'userRegistrationDetails'] as const,
  registrationDetails: (page: RegistrationDetailsPage) =>
    [...graphKeys.registrationDetailsAll(), page] as const,
  credentialUsageSummary: (period: string) =>
    [...graphKeys.reports(), 'credentialUsageSummary', period] as const,
  credentialUsageDetails: (filter: string | undefined) =>
    [...graphKeys.reports(), 'credentialUsageDetails', filter ?? ''] as const,
  retiredReport: (name: string) => [...graphKeys.reports(), 'retired', name] as const,
  /** Every registration row, scanned once for the Overview's strength groups and the posture lenses. */
  registrationStrengthScan: () => [...graphKeys.registrationDetailsAll(), 'strengthScan'] as const,
  users: () => [...graphKeys.all, 'users'] as const,
  /** Disabled accounts (ids and UPNs), for the Overview's "exclude disabled accounts". */
  disabledUsers: () => [...graphKeys.users(), 'disabled'] as const,
  userSearch: (term: string) => [...graphKeys.users(), 'search', term] as const,
  /** Everything the user page reads in one $batch; method mutations invalidate this. */
  userPage: (id: string) => [...graphKeys.users(), id, 'page'] as const,
  /** Active directory roles of the given users (the admins the registration scan found). */
  directoryRolesOfUsers: (userIds: readonly string[]) =>
    [...graphKeys.all, 'directoryRoles', 'ofUsers', userIds] as const,
  /** Every PIM eligibility instance in the tenant. */
  roleEligibilityInstances: () => [...graphKeys.all, 'roleManagement', 'eligibilityInstances'] as const,
  /** The Temporary Access Pass policy (bounds for issuing a pass). */
  tapPolicy: () => [...graphKeys.all, 'policies', 'temporaryAccessPass'] as const,
  /** The authentication methods policy as the SMS and voice retirement reads it. */
  phonePolicy: () => [...graphKeys.all, 'policies', 'authenticationMethods', 'phone'] as const,
  /** The transitive user members of the groups that policy targets. */
  /** Every group read: what adding members to a group invalidates. */
  groups: () => [...graphKeys.all, 'groups'] as const,
  policyGroups: (ids: readonly string[]) => [...graphKeys.groups(), 'transitiveMembers', ids] as const,
  securityGroupsNamed: (prefix: string) => [...graphKeys.groups(), 'security', prefix] as const,
};
