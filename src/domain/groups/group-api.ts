import { SCOPES } from '../../lib/auth/scopes.ts';
import { forEachPage } from '../../lib/graph/all-pages.ts';
import { graphGet, graphRequest, graphBaseUrl } from '../../lib/graph/graph-client.ts';

export interface GroupSummary {
  id: string;
  displayName: string;
  isAssignableToRole: boolean | null;
  groupTypes: string[];
}

interface Collection<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/** What binds a user in `members@odata.bind` and `members/$ref` (group-post-members.md). */
const directoryObject = (id: string) => `${graphBaseUrl()}/v1.0/directoryObjects/${id}`;

/**
 * A mail alias for a security group (group-post-groups.md: required, at most 64 ASCII characters, none of
 * `@ () \ [] " ; : . <> ,` or space). Security groups need not have unique aliases.
 */
export function mailNicknameFor(displayName: string): string {
  const alias = displayName
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x21-\x7e]+/g, '-')
    .replace(/[@()\\[\]";:.<>,]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 64);
  return alias || 'security-group';
}

/** POST /groups: an empty security group with assigned membership (group-post-groups.md). */
export async function createSecurityGroup(
  displayName: string,
  description: string,
  signal?: AbortSignal,
): Promise<GroupSummary> {
  const group = await graphRequest<GroupSummary>('/groups', {
    scopes: SCOPES.groupCreate,
    method: 'POST',
    body: {
      displayName,
      description: description || undefined,
      mailEnabled: false,
      mailNickname: mailNicknameFor(displayName),
      securityEnabled: true,
      groupTypes: [],
    },
    signal,
  });
  return {
    ...group,
    isAssignableToRole: group.isAssignableToRole ?? null,
    groupTypes: group.groupTypes ?? [],
  };
}

/** The permission a fill asks for: the group the app just created is written with the one it was created with. */
export const fillScopes = (created: boolean) => (created ? SCOPES.groupCreate : SCOPES.groupMembersWrite);

/** PATCH /groups/{id} with up to 20 `members@odata.bind`: all are added, or none (group-post-members.md). */
export async function addMembers(
  groupId: string,
  userIds: readonly string[],
  scopes: readonly string[],
  signal?: AbortSignal,
): Promise<void> {
  await graphRequest<void>(`/groups/${encodeURIComponent(groupId)}`, {
    scopes,
    method: 'PATCH',
    body: { 'members@odata.bind': userIds.map(directoryObject) },
    signal,
  });
}

/** POST /groups/{id}/members/$ref: one member, so a refused chunk can say who was not added and why. */
export async function addMember(
  groupId: string,
  userId: string,
  scopes: readonly string[],
  signal?: AbortSignal,
): Promise<void> {
  await graphRequest<void>(`/groups/${encodeURIComponent(groupId)}/members/$ref`, {
    scopes,
    method: 'POST',
    body: { '@odata.id': directoryObject(userId) },
    signal,
  });
}

/**
 * Security groups whose name starts with what the operator typed (group-list.md: `startswith` on displayName).
 * Mail-enabled security groups are left out: Exchange manages their members, not Graph.
 */
export async function findSecurityGroups(prefix: string, signal?: AbortSignal): Promise<GroupSummary[]> {
  const literal = prefix.trim().replace(/'/g, "''");
  const filter = `securityEnabled eq true and mailEnabled eq false and startswith(displayName,'${literal}')`;
  const page = await graphGet<Collection<GroupSummary>>(
    `/groups?$filter=${encodeURIComponent(filter)}&$select=id,displayName,isAssignableToRole,groupTypes&$top=20`,
    { scopes: SCOPES.groupMembers, signal },
  );
  return page.value;
}

/** The group's direct user members, every page: who need not be added again. */
export async function directMemberIds(groupId: string, signal?: AbortSignal): Promise<Set<string>> {
  const ids = new Set<string>();
  await forEachPage<{ id: string }>(
    `/groups/${encodeURIComponent(groupId)}/members/microsoft.graph.user?$select=id&$top=999`,
    { scopes: SCOPES.groupMembers, signal },
    (members) => members.forEach((member) => ids.add(member.id)),
  );
  return ids;
}
