import type { DirectoryRole, User, UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphBatch, type BatchResults } from '../../../lib/graph/graph-batch.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import type { GraphMethod, SignInPreferencesResponse } from '../../../domain/auth-methods/graph-method.ts';
import { MEMBERSHIPS_PATH, type MembershipItem } from '../../../domain/auth-methods/target-facts.ts';

export type UserHeaderData = Pick<
  User,
  | 'id'
  | 'displayName'
  | 'userPrincipalName'
  | 'accountEnabled'
  | 'userType'
  | 'jobTitle'
  | 'department'
  | 'mail'
>;

interface Collection<T> {
  value: T[];
}

export interface UserPageParts {
  user: UserHeaderData;
  roles: Collection<DirectoryRole>;
  /** Units and role-assignable groups: who may act on this user depends on them. */
  memberships: Collection<MembershipItem>;
  methods: Collection<GraphMethod>;
  /** Groups through nesting: which passkey profiles reach the user (ids suffice; names where Graph gives them). */
  groups: Collection<{ id?: string; displayName?: string | null }> & { '@odata.nextLink'?: string };
  preferences: SignInPreferencesResponse;
  registration: UserRegistrationDetails;
}

export type UserPageData = BatchResults<UserPageParts>;

const USER_SELECT = 'id,displayName,userPrincipalName,accountEnabled,userType,jobTitle,department,mail';

// One token for the whole batch must carry every scope its parts need.
const USER_PAGE_SCOPES = [
  ...SCOPES.userDirectory,
  ...SCOPES.directoryRoleNames,
  ...SCOPES.authMethodsRead,
  ...SCOPES.registrationReports,
];

/**
 * Everything the user page shows in ONE HTTP request after sign-in: a beta `$batch` of seven parts
 * (beta for the methods' lastUsedDateTime and for signInPreferences, which v1.0 lacks). Each part
 * succeeds or fails alone, so a helpdesk agent without the reports role still sees the methods.
 */
export function getUserPage(id: string, signal: AbortSignal): Promise<UserPageData> {
  const user = `/users/${encodeURIComponent(id)}`;
  return graphBatch<UserPageParts>(
    {
      user: { url: `${user}?$select=${USER_SELECT}` },
      roles: {
        url: `${user}/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId`,
      },
      memberships: { url: MEMBERSHIPS_PATH(id) },
      methods: { url: `${user}/authentication/methods` },
      groups: { url: `${user}/transitiveMemberOf/microsoft.graph.group?$select=id,displayName&$top=999` },
      preferences: { url: `${user}/authentication/signInPreferences` },
      registration: {
        url: `/reports/authenticationMethods/userRegistrationDetails/${encodeURIComponent(id)}`,
      },
    },
    { version: 'beta', scopes: USER_PAGE_SCOPES, signal },
  );
}

export const userPageQuery = (id: string) =>
  queryOptions({
    queryKey: graphKeys.userPage(id),
    queryFn: ({ signal }) => getUserPage(id, signal),
    // A helpdesk agent comes back from another tab or the user's call: show what changed meanwhile, however
    // recent the last read (one batched request).
    refetchOnWindowFocus: 'always',
  });
