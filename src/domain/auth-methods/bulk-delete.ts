import type { DirectoryRole } from '@microsoft/microsoft-graph-types-beta';
import type { MethodKind } from './method-catalogue.ts';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphBatch, type BatchResult } from '../../lib/graph/graph-batch.ts';
import { GraphError } from '../../lib/graph/graph-error.ts';
import { methodsBacking } from './default-method.ts';
import { deleteUserMethod } from './delete-method.ts';
import type { GraphMethod, SignInPreferencesResponse } from './graph-method.ts';

import { accessFor, type OperatorRoles } from './operator-access.ts';
import { MEMBERSHIPS_PATH, targetFacts, type MembershipItem } from './target-facts.ts';
import { sendWithRetries, throttledWait } from '../../lib/graph/send-with-retries.ts';

/** One method to remove, named as the preview shows it. */
export interface BulkMethod {
  methodId: string;
  kind: MethodKind;
  label: string;
}

/** One user and the methods to remove from them. */
export interface BulkTarget {
  userId: string;
  userPrincipalName: string;
  displayName: string;
  methods: BulkMethod[];
}

/** A target after the pre-run checks: who will be skipped and why, and what backs the default sign-in. */
export interface PreparedTarget extends BulkTarget {
  /** Why the run will not touch this user (the §2.1 rule, or the user is gone). */
  skipReason?: string;
  /** Ids of the listed methods that back the user's default sign-in method. */
  defaultMethodIds: string[];
}

export type MethodOutcome = 'pending' | 'deleted' | 'alreadyGone' | 'refused' | 'failed';

export interface BulkMethodResult extends BulkMethod {
  outcome: MethodOutcome;
  error?: GraphError;
}

export type UserOutcome =
  'pending' | 'running' | 'deleted' | 'alreadyGone' | 'refused' | 'failed' | 'skipped';

export interface BulkUserResult {
  target: PreparedTarget;
  outcome: UserOutcome;
  methods: BulkMethodResult[];
}

interface CheckParts {
  roles: { value: DirectoryRole[] };
  preferences: SignInPreferencesResponse;
  methods: { value: GraphMethod[] };
  memberships: { value: MembershipItem[] };
}

const USERS_PER_BATCH = 5; // four requests each, at most 20 in a batch

/**
 * Before anything is deleted: each user's admin roles (who may manage whom, docs/graph-notes.md §2.1) and
 * default sign-in method, in beta batches. A role list Graph will not give leaves the decision to Graph
 * (a 403 on delete is then reported); a user Graph no longer knows is skipped.
 */
export async function prepareBulkDelete(
  targets: readonly BulkTarget[],
  operator: OperatorRoles | undefined,
  signal?: AbortSignal,
): Promise<PreparedTarget[]> {
  const prepared: PreparedTarget[] = [];
  for (let i = 0; i < targets.length; i += USERS_PER_BATCH) {
    const chunk = targets.slice(i, i + USERS_PER_BATCH);
    const requests = Object.fromEntries(
      chunk.flatMap((t, j) => {
        const user = `/users/${encodeURIComponent(t.userId)}`;
        return [
          [
            `${j}-roles`,
            {
              url: `${user}/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId`,
            },
          ],
          [`${j}-memberships`, { url: MEMBERSHIPS_PATH(t.userId) }],
          [`${j}-preferences`, { url: `${user}/authentication/signInPreferences` }],
          [`${j}-methods`, { url: `${user}/authentication/methods` }],
        ];
      }),
    );
    const results = await graphBatch<Record<string, CheckParts[keyof CheckParts]>>(requests, {
      version: 'beta',
      scopes: [...SCOPES.userDirectory, ...SCOPES.directoryRoleNames, ...SCOPES.authMethodsRead],
      signal,
    });
    for (const [j, target] of chunk.entries()) {
      const roles = results[`${j}-roles`];
      const preferences = results[`${j}-preferences`];
      const methods = results[`${j}-methods`];
      if (
        (roles && !roles.ok && roles.error.status === 404) ||
        (methods && !methods.ok && methods.error.status === 404)
      ) {
        prepared.push({ ...target, skipReason: 'This user no longer exists.', defaultMethodIds: [] });
        continue;
      }
      const access = accessFor(
        operator,
        targetFacts(
          roles as BatchResult<CheckParts['roles']> | undefined,
          results[`${j}-memberships`] as BatchResult<CheckParts['memberships']> | undefined,
        ),
        'methods',
      );
      const current = methods?.ok ? (methods.data as CheckParts['methods']).value : [];
      const preferred = preferences?.ok
        ? (preferences.data as CheckParts['preferences']).userPreferredMethodForSecondaryAuthentication
        : undefined;
      const backing = new Set(methodsBacking(preferred, current).map((m) => m.id));
      prepared.push({
        ...target,
        skipReason: access.allowed ? undefined : access.reason,
        defaultMethodIds: target.methods.filter((m) => backing.has(m.methodId)).map((m) => m.methodId),
      });
    }
  }
  return prepared;
}

export function initialResults(targets: readonly PreparedTarget[]): BulkUserResult[] {
  return targets.map((target) => ({
    target,
    outcome: target.skipReason ? 'skipped' : 'pending',
    methods: target.methods.map((m) => ({ ...m, outcome: 'pending' })),
  }));
}

/** One word per user: the worst of its methods' outcomes. */
export function userOutcome(methods: readonly BulkMethodResult[]): UserOutcome {
  const has = (o: MethodOutcome) => methods.some((m) => m.outcome === o);
  if (has('failed')) return 'failed';
  if (has('refused')) return 'refused';
  if (has('pending')) return 'pending';
  return methods.every((m) => m.outcome === 'alreadyGone') ? 'alreadyGone' : 'deleted';
}

export interface BulkDeleteOptions {
  /** Checked between users: a delete already sent is never cut off, so its outcome is always known. */
  shouldStop: () => boolean;
  /** Hears every change, with a fresh array. */
  onUpdate: (results: BulkUserResult[]) => void;
  /** After each user whose methods changed: refresh what shows them. */
  onUserChanged?: (userId: string) => void;
  /** The delete call; the real one unless a test swaps it. */
  deleteMethod?: typeof deleteUserMethod;
}

/** A throttled DELETE did nothing on Graph's side: it may be sent again after Retry-After. */
async function deleteWithThrottleRetry(
  remove: typeof deleteUserMethod,
  userId: string,
  method: BulkMethod,
): Promise<'deleted' | 'alreadyGone'> {
  return sendWithRetries(() => remove(userId, { kind: method.kind, methodId: method.methodId }), {
    retries: 3,
    waitFor: throttledWait(2000),
  });
}

/**
 * Deletes one user at a time, one method at a time, and reports each outcome: deleted, already gone (404
 * counts as done), refused (403, with Graph's reason) or failed (code and request-id in the error).
 * Runs only the `pending` methods of `results`, so calling it again with failed ones reset retries them.
 */
export async function runBulkDelete(
  start: readonly BulkUserResult[],
  options: BulkDeleteOptions,
): Promise<BulkUserResult[]> {
  const remove = options.deleteMethod ?? deleteUserMethod;
  let results = [...start];
  const set = (index: number, next: BulkUserResult) => {
    results = results.map((r, i) => (i === index ? next : r));
    options.onUpdate(results);
  };
  for (const [index, entry] of start.entries()) {
    if (entry.outcome !== 'pending') continue;
    if (options.shouldStop()) break;
    let current: BulkUserResult = { ...entry, outcome: 'running' };
    set(index, current);
    let changed = false;
    for (const [m, method] of current.methods.entries()) {
      if (method.outcome !== 'pending') continue;
      let outcome: BulkMethodResult;
      try {
        outcome = {
          ...method,
          outcome: await deleteWithThrottleRetry(remove, entry.target.userId, method),
          error: undefined,
        };
        changed = true;
      } catch (error) {
        const graphError =
          error instanceof GraphError
            ? error
            : new GraphError({ status: 0, code: 'ClientError', message: String(error) });
        outcome = { ...method, outcome: graphError.status === 403 ? 'refused' : 'failed', error: graphError };
      }
      current = { ...current, methods: current.methods.map((x, i) => (i === m ? outcome : x)) };
      set(index, current);
    }
    set(index, { ...current, outcome: userOutcome(current.methods) });
    if (changed) options.onUserChanged?.(entry.target.userId);
  }
  return results;
}

/** The failed methods set back to pending (refusals stay: sending them again would be refused again). */
export function resetFailed(results: readonly BulkUserResult[]): BulkUserResult[] {
  return results.map((r) => {
    if (r.outcome !== 'failed') return r;
    const methods = r.methods.map((m) =>
      m.outcome === 'failed' ? { ...m, outcome: 'pending' as const, error: undefined } : m,
    );
    return { ...r, outcome: 'pending', methods };
  });
}

/** Counts per user outcome, for the run's summary line. */
export function outcomeCounts(results: readonly BulkUserResult[]): Record<UserOutcome, number> {
  const counts: Record<UserOutcome, number> = {
    pending: 0,
    running: 0,
    deleted: 0,
    alreadyGone: 0,
    refused: 0,
    failed: 0,
    skipped: 0,
  };
  for (const r of results) counts[r.outcome]++;
  return counts;
}
