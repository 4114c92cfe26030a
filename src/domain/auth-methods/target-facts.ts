import type { DirectoryRole } from '@microsoft/microsoft-graph-types-beta';
import type { BatchResult } from '../../lib/graph/graph-batch.ts';
import type { TargetFacts } from './operator-access.ts';
import { adminRolesOf } from './user-roles.ts';

/** One item of `memberOf`: a group, a directory role or an administrative unit. */
export interface MembershipItem {
  '@odata.type'?: string;
  id?: string;
  displayName?: string | null;
  isAssignableToRole?: boolean | null;
  isMemberManagementRestricted?: boolean | null;
}

/** The `memberOf` request whose answer targetFacts reads: direct memberships, which is all that counts. */
export const MEMBERSHIPS_PATH = (userId: string) =>
  `/users/${encodeURIComponent(userId)}/memberOf?$select=id,displayName,isAssignableToRole,isMemberManagementRestricted`;

/**
 * The target's admin roles, administrative units and role-assignable groups, from the user page's parts; a part
 * that failed leaves its field unknown. Role-assignable groups cannot be nested (groups-concept.md), so direct
 * membership is all of it.
 */
export function targetFacts(
  roles: BatchResult<{ value: DirectoryRole[] }> | undefined,
  memberships: BatchResult<{ value: MembershipItem[] }> | undefined,
): TargetFacts | undefined {
  if (!roles && !memberships) return undefined;
  const items = memberships?.ok ? (memberships.data.value ?? []) : undefined;
  const ofType = (type: string) => items?.filter((i) => i['@odata.type'] === `#microsoft.graph.${type}`);
  return {
    roles: roles?.ok ? adminRolesOf(roles.data.value) : undefined,
    units: ofType('administrativeUnit')?.map((u) => ({
      id: u.id ?? '',
      name: u.displayName ?? `administrative unit ${u.id ?? ''}`,
      restricted: u.isMemberManagementRestricted === true,
    })),
    protectingGroups: ofType('group')
      ?.filter((g) => g.isAssignableToRole === true)
      .map((g) => g.displayName ?? `group ${g.id ?? ''}`),
  };
}
