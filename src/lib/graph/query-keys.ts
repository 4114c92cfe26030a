/** One key factory for every Graph resource, so a mutation in one feature can invalidate another's data. */
export interface SummaryScope {
  userTypes: 'all' | 'member' | 'guest';
  userRoles: 'all' | 'privilegedAdmin' | 'admin' | 'user';
}

export const graphKeys = {
  all: ['graph'] as const,
  me: () => [...graphKeys.all, 'me'] as const,
  myDirectoryRoles: () => [...graphKeys.all, 'me', 'directoryRoles'] as const,
  reports: () => [...graphKeys.all, 'reports'] as const,
  registrationByFeature: (scope: SummaryScope) =>
    [...graphKeys.reports(), 'usersRegisteredByFeature', scope] as const,
  registrationByMethod: (scope: SummaryScope) =>
    [...graphKeys.reports(), 'usersRegisteredByMethod', scope] as const,
};
