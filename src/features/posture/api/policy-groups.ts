import { queryOptions } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { forEachPage } from '../../../lib/graph/all-pages.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';

/** One group the SMS or voice policy names: its name and every user in it, or why it could not be read. */
export type PolicyGroup =
  | { id: string; name: string; members: Set<string> }
  | { id: string; gone: true }
  | { id: string; error: GraphError | Error };

/** How far the read of the policy's groups got: a group of tens of thousands takes dozens of pages. */
export interface GroupReadProgress {
  /** 1-based position of the group being read, of `groupCount`. */
  group: number;
  groupCount: number;
  name: string;
  membersRead: number;
}

let progress: GroupReadProgress | undefined;
const listeners = new Set<() => void>();
function report(next: GroupReadProgress | undefined) {
  progress = next;
  for (const listener of listeners) listener();
}

/** The read in progress, for the page to say what it waits on; undefined when none runs. */
export function usePolicyGroupsProgress(): GroupReadProgress | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => progress,
  );
}

/**
 * A group's name, then its transitive user members, 999 a page (graph-docs-contrib
 * group-list-transitivemembers.md; GroupMember.Read.All). A 404 is a group deleted while the policy still names
 * it; any other failure (a page of fifty, say) leaves the whole group unread, never counted from part of it,
 * and the page says what that means for the figures.
 */
async function readGroup(
  id: string,
  signal: AbortSignal,
  onPage: (name: string, membersRead: number) => void = () => undefined,
): Promise<PolicyGroup> {
  const options = { scopes: SCOPES.groupMembers, signal };
  try {
    const group = await graphGet<{ displayName?: string | null }>(
      `/groups/${encodeURIComponent(id)}?$select=id,displayName`,
      options,
    );
    const members = new Set<string>();
    const name = group.displayName || id;
    onPage(name, 0);
    await forEachPage<{ id?: string }>(
      `/groups/${encodeURIComponent(id)}/transitiveMembers/microsoft.graph.user?$select=id&$top=999`,
      options,
      (page) => {
        for (const member of page) if (member.id) members.add(member.id);
        onPage(name, members.size);
      },
    );
    return { id, name, members };
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof GraphError && error.status === 404) return { id, gone: true };
    return { id, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** One group after another: each is a handful of directory reads. */
export async function readPolicyGroups(ids: readonly string[], signal: AbortSignal): Promise<PolicyGroup[]> {
  const groups: PolicyGroup[] = [];
  try {
    for (const [index, id] of ids.entries())
      groups.push(
        await readGroup(id, signal, (name, membersRead) =>
          report({ group: index + 1, groupCount: ids.length, name, membersRead }),
        ),
      );
  } finally {
    report(undefined);
  }
  return groups;
}

export const policyGroupsQuery = (ids: readonly string[]) =>
  queryOptions({
    queryKey: graphKeys.policyGroups(ids),
    queryFn: ({ signal }) => readPolicyGroups(ids, signal),
    staleTime: 5 * 60_000,
  });
